-- The unit with a code: the version standing on :as_of, else the newest version.
SELECT u.id, u.code, u.name, u.full_name, u.name_en, u.level, u.kind, u.province_code, u.area_km2,
       u.is_demo, u.data_source, u.valid_from, u.valid_to, ntm_assessed(u.id) AS assessed,
       p.code AS parent_code, p.name AS parent_name, p.full_name AS parent_full_name,
       ST_XMin(u.geom) AS min_x, ST_YMin(u.geom) AS min_y, ST_XMax(u.geom) AS max_x, ST_YMax(u.geom) AS max_y
FROM admin_unit u
LEFT JOIN admin_unit p ON p.id = u.parent_id
WHERE u.code = :code
ORDER BY (u.valid_from <= :as_of AND (u.valid_to IS NULL OR u.valid_to > :as_of)) DESC, u.valid_from DESC
LIMIT 1
