-- Communes standing in :year with the version of their results sheet for that year.
SELECT u.id, u.code, u.full_name, u.province_code,
       sheet_version(u.id, :year) AS version
FROM admin_unit u
WHERE u.level = 'commune' AND u.code = ANY (CAST(:codes AS text[]))
  AND u.valid_from <= make_date(:year, 12, 31) AND (u.valid_to IS NULL OR u.valid_to > make_date(:year, 12, 31))
