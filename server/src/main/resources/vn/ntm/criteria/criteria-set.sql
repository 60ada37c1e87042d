-- The criteria set a unit is assessed against in a year: a provincial adaptation before the national set.
SELECT s.id, s.code, s.name_vi, s.name_en
FROM criteria_set s
WHERE s.unit_level = :level AND s.tier = 'standard'
  AND :year BETWEEN s.year_from AND s.year_to
  AND (s.province_code IS NULL OR s.province_code = :province)
ORDER BY s.province_code NULLS LAST
LIMIT 1
