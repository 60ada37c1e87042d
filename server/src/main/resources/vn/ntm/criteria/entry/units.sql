-- Communes and villages standing in :year with the commune that scopes them and the version of
-- their results sheet for that year.
SELECT u.id, u.code, u.level, u.full_name, u.province_code, province_now(u.province_code) AS scope_province,
       CASE u.level WHEN 'village' THEN (SELECT p.code FROM admin_unit p WHERE p.id = u.parent_id) ELSE u.code END
           AS commune_code,
       sheet_version(u.id, :year) AS version, ntm_assessed(u.id) AS assessed
FROM admin_unit u
WHERE u.level IN ('commune', 'village') AND u.code = ANY (CAST(:codes AS text[]))
  AND u.valid_from <= make_date(:year, 12, 31) AND (u.valid_to IS NULL OR u.valid_to > make_date(:year, 12, 31))
