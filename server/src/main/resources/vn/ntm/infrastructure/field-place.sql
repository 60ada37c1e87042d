-- Where a field-edited geometry lies: the current commune and village at its own midpoint (the rule
-- the gap list pins roads by), whether current communes cover all of it, and whether the communes the
-- editor may change (:province, and :communes for a commune officer; null = no limit) cover all of it.
-- No row: its midpoint lies in no commune.
WITH g AS (SELECT ST_GeomFromWKB(:wkb, 4326) AS geom),
     near AS (SELECT u.code, u.province_code, u.geom FROM admin_unit u, g
              WHERE u.level = 'commune' AND u.valid_to IS NULL AND ST_Intersects(u.geom, g.geom))
SELECT c.id AS commune_id, c.code AS commune_code, c.province_code, v.id AS village_id,
       (SELECT ST_Covers(ST_Union(n.geom), g.geom) FROM near n) AS covered,
       coalesce((SELECT ST_Covers(ST_Union(n.geom), g.geom) FROM near n
                 WHERE (CAST(:province AS text) IS NULL OR n.province_code = :province)
                   AND (CAST(:communes AS text[]) IS NULL OR n.code = ANY (CAST(:communes AS text[])))), false) AS in_scope
FROM g
CROSS JOIN LATERAL (SELECT road_midpoint(g.geom) AS point) m
JOIN admin_unit c ON c.level = 'commune' AND c.valid_to IS NULL AND ST_Intersects(c.geom, m.point)
LEFT JOIN admin_unit v ON v.level = 'village' AND v.valid_to IS NULL AND v.parent_id = c.id
                      AND ST_Intersects(v.geom, m.point)
ORDER BY c.id, v.id
LIMIT 1
