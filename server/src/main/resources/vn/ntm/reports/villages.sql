-- The NTM-assessed villages (not a ward's tổ dân phố) of a province standing on :as_of, with those of
-- the provinces it absorbed, and how many are recognised (standard or above).
SELECT count(*) AS total, count(*) FILTER (WHERE status_at(u.id, :as_of) <> 'none') AS recognised
FROM admin_unit u
WHERE u.level = 'village' AND u.province_code = ANY (province_codes(:province)) AND ntm_assessed(u.id)
  AND u.valid_from <= :as_of AND (u.valid_to IS NULL OR u.valid_to > :as_of)
