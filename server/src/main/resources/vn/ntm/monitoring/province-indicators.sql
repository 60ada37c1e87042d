-- NTM-assessed units of a level standing at the end of :year in a province as it was then (its
-- pre-merger provinces' units before 2025), with status and standard criteria met (NULL without
-- results that year). Wards and units of other kinds are counted apart, as not assessed.
SELECT u.id, ntm_assessed(u.id) AS assessed, status_at(u.id, make_date(:year, 12, 31)) AS status,
       CASE WHEN criteria_assessed(u.id, :year) THEN criteria_met(u.id, :year) END AS met
FROM admin_unit u
WHERE u.level = :level AND u.province_code = ANY (province_codes(:province))
  AND u.valid_from <= make_date(:year, 12, 31) AND (u.valid_to IS NULL OR u.valid_to > make_date(:year, 12, 31))
