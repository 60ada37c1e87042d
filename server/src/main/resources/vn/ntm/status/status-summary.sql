-- How many NTM-assessed units of a level stand at each status at the end of a year, optionally in one
-- province (as it then was); units not assessed (wards) come as the pseudo-status 'not_assessed'.
SELECT l.code, count(s.status)::int AS n, NULL AS units
FROM status_level l
LEFT JOIN (
    SELECT status_at(u.id, :as_of) AS status
    FROM ntm_assessed_unit u
    WHERE u.level = :level
      AND u.valid_from <= :as_of AND (u.valid_to IS NULL OR u.valid_to > :as_of)
      AND (CAST(:province AS text) IS NULL OR u.province_code = ANY (province_codes(:province)))) s ON s.status = l.code
GROUP BY l.code, l.rank
UNION ALL
SELECT 'not_assessed', count(*)::int, string_agg(u.code, ',' ORDER BY u.code)
FROM admin_unit u
WHERE u.level = :level AND NOT ntm_assessed(u.id)
  AND u.valid_from <= :as_of AND (u.valid_to IS NULL OR u.valid_to > :as_of)
  AND (CAST(:province AS text) IS NULL OR u.province_code = ANY (province_codes(:province)))
