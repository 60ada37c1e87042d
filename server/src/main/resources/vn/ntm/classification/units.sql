-- The current communes and villages with the given codes: their province, and whether the NTM
-- programme counts them (wards, towns and special zones, and their villages, it does not).
SELECT u.id, u.code, u.level, u.province_code,
       ntm_assessed(u.id) AS counted
FROM admin_unit u
WHERE u.code = ANY (CAST(:codes AS text[])) AND u.valid_to IS NULL AND u.level IN ('commune', 'village')
