-- The communes of a province standing on :as_of (the period's last day), with status, criteria met in :year, field gaps, and a
-- simplified outline in EPSG:3857 for the report map. Wards (not ntm_assessed) are on the map with neither.
SELECT u.code, u.full_name,
       CASE WHEN ntm_assessed(u.id) THEN status_at(u.id, :as_of) ELSE 'not_assessed' END AS status,
       CASE WHEN ntm_assessed(u.id) THEN criteria_met(u.id, :year) END AS met, criteria_total('commune', :year) AS total,
       (SELECT count(*) FROM infrastructure i WHERE i.commune_id = u.id AND i.condition IN ('poor', 'unusable'))::int
           AS poor,
       (SELECT count(*) FROM infrastructure i WHERE i.commune_id = u.id AND i.category = 'road' AND i.status = 'existing'
                                                AND i.hardened IS NOT TRUE)::int
           AS unhardened,
       ST_AsBinary(ST_SimplifyPreserveTopology(u.geom_3857, 150)) AS outline,
       u.is_demo OR EXISTS (SELECT 1 FROM criterion_result r WHERE r.unit_id = u.id AND r.year = :year AND r.is_demo)
           AS demo
FROM admin_unit u
WHERE u.level = 'commune' AND u.province_code = ANY (province_codes(:province))
  AND u.valid_from <= :as_of AND (u.valid_to IS NULL OR u.valid_to > :as_of)
ORDER BY u.full_name
