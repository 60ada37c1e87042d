-- Units of a level standing in a province at the end of :year, with status and criteria met.
SELECT u.id, status_at(u.id, make_date(:year, 12, 31)) AS status, criteria_met(u.id, :year) AS met
FROM admin_unit u
WHERE u.level = :level AND u.province_code = :province
  AND u.valid_from <= make_date(:year, 12, 31) AND (u.valid_to IS NULL OR u.valid_to > make_date(:year, 12, 31))
