-- How many units of a level stand at each status at the end of a year, optionally in one province.
SELECT l.code, count(s.status)::int AS n
FROM status_level l
LEFT JOIN (
    SELECT status_at(u.id, :as_of) AS status
    FROM admin_unit u
    WHERE u.level = :level
      AND u.valid_from <= :as_of AND (u.valid_to IS NULL OR u.valid_to > :as_of)
      AND (CAST(:province AS text) IS NULL OR u.province_code = :province)) s ON s.status = l.code
GROUP BY l.code, l.rank
ORDER BY l.rank
