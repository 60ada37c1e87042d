-- The infrastructure of a province with its place, condition and, for lines, length; condition,
-- status and surface in the words of the map's legend.
SELECT i.id, c2.name_vi AS category, i.subtype, i.name, condition.label AS condition, status.label AS status,
       surface.label AS surface, i.hardened, i.built_year,
       c.code AS commune_code, c.full_name AS commune_name, v.code AS village_code, v.full_name AS village_name,
       CASE WHEN GeometryType(i.geom) LIKE '%LINESTRING'
            THEN round((ST_Length(i.geom::geography) / 1000)::numeric, 3) END AS length_km,
       round(ST_X(ST_PointOnSurface(i.geom))::numeric, 6) AS lon, round(ST_Y(ST_PointOnSurface(i.geom))::numeric, 6) AS lat,
       i.is_demo
FROM infrastructure i
JOIN admin_unit c ON c.id = i.commune_id
LEFT JOIN admin_unit v ON v.id = i.village_id
JOIN infra_category c2 ON c2.code = i.category
LEFT JOIN (VALUES ('good', 'Tốt'), ('fair', 'Trung bình'), ('poor', 'Xuống cấp'), ('unusable', 'Hỏng'))
    AS condition (code, label) ON condition.code = i.condition
LEFT JOIN (VALUES ('existing', 'Đang sử dụng'), ('under_construction', 'Đang xây dựng'), ('planned', 'Quy hoạch'),
                  ('decommissioned', 'Ngừng sử dụng')) AS status (code, label) ON status.code = i.status
LEFT JOIN (VALUES ('asphalt', 'Nhựa'), ('concrete', 'Bê tông'), ('gravel', 'Cấp phối'), ('earth', 'Đất'))
    AS surface (code, label) ON surface.code = i.surface
WHERE c.province_code = :province AND i.status <> 'decommissioned'
ORDER BY i.category, c.code, i.id
