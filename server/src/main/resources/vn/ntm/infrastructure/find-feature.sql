-- One infrastructure feature with its commune and village, and the version to send back when editing.
SELECT i.id, i.category, i.subtype, i.name, i.condition, i.status, i.surface, i.hardened, i.built_year,
       c.code AS commune_code, c.full_name AS commune_name, v.code AS village_code,
       v.full_name AS village_name, c.province_code, i.is_demo AS demo, i.row_version AS version,
       i.updated_at, i.updated_by, i.position_source, i.position_accuracy_m AS position_accuracy,
       ST_AsGeoJSON(i.geom, 7) AS geometry, ST_X(ST_PointOnSurface(i.geom)) AS lon, ST_Y(ST_PointOnSurface(i.geom)) AS lat
FROM infrastructure i
LEFT JOIN admin_unit c ON c.id = i.commune_id
LEFT JOIN admin_unit v ON v.id = i.village_id
WHERE i.id = :id
