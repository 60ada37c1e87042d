-- The villages of a province standing on :as_of, and how many are recognised (standard or above).
SELECT count(*) AS total, count(*) FILTER (WHERE status_at(u.id, :as_of) <> 'none') AS recognised
FROM admin_unit u
WHERE u.level = 'village' AND u.province_code = :province
  AND u.valid_from <= :as_of AND (u.valid_to IS NULL OR u.valid_to > :as_of)
