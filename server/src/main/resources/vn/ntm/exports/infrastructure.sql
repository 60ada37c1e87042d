-- The infrastructure of a province with its place, condition and, for lines, length.
SELECT i.id, c2.name_vi AS category, i.subtype, i.name, i.condition, i.status, i.surface, i.hardened, i.built_year,
       c.code AS commune_code, c.full_name AS commune_name, v.code AS village_code, v.full_name AS village_name,
       CASE WHEN GeometryType(i.geom) LIKE '%LINESTRING'
            THEN round((ST_Length(i.geom::geography) / 1000)::numeric, 3) END AS length_km,
       round(ST_X(ST_PointOnSurface(i.geom))::numeric, 6) AS lon, round(ST_Y(ST_PointOnSurface(i.geom))::numeric, 6) AS lat,
       i.is_demo
FROM infrastructure i
JOIN admin_unit c ON c.id = i.commune_id
LEFT JOIN admin_unit v ON v.id = i.village_id
JOIN infra_category c2 ON c2.code = i.category
WHERE c.province_code = :province AND i.status <> 'decommissioned'
ORDER BY i.category, c.code, i.id
