-- The themes the map offers: criteria met, each criterion and indicator of the national standard sets
-- (of a year, or of any year when :year is NULL; a number or code in several sets is named as in the
-- latest), and the classifications. Tiles accept exactly these ids.
SELECT id, name_vi, name_en, type, unit
FROM (
    SELECT 'criteria_met' AS id, 'Số tiêu chí đạt' AS name_vi, 'Criteria met' AS name_en, 'numeric' AS type,
           NULL AS unit, ARRAY[0] AS sort
    UNION ALL
    SELECT DISTINCT ON (c.number) 'criterion:' || c.number, 'Tiêu chí ' || c.number || ': ' || c.name_vi,
           'Criterion ' || c.number || ': ' || c.name_en, 'result', NULL, ARRAY[1, c.number]
    FROM criteria_set s
    JOIN criterion c ON c.set_id = s.id
    WHERE s.tier = 'standard' AND s.province_code IS NULL
      AND (CAST(:year AS integer) IS NULL OR CAST(:year AS integer) BETWEEN s.year_from AND s.year_to)
    UNION ALL
    SELECT DISTINCT ON (i.code) 'indicator:' || i.code, 'Chỉ tiêu ' || i.code || ': ' || i.name_vi,
           'Indicator ' || i.code || ': ' || i.name_en, CASE WHEN i.value_type = 'bool' THEN 'boolean' ELSE 'numeric' END,
           i.unit, ARRAY[2] || string_to_array(i.code, '.')::int[]
    FROM criteria_set s
    JOIN criterion c ON c.set_id = s.id
    JOIN indicator i ON i.criterion_id = c.id
    WHERE s.tier = 'standard' AND s.province_code IS NULL
      AND (CAST(:year AS integer) IS NULL OR CAST(:year AS integer) BETWEEN s.year_from AND s.year_to)
    UNION ALL
    SELECT 'class:dbkk', 'Xã đặc biệt khó khăn (ĐBKK)', 'Extremely disadvantaged (ĐBKK)', 'boolean', NULL, ARRAY[3, 1]
    UNION ALL
    SELECT 'class:group', 'Nhóm xã (2026–2030)', 'Commune group (2026–2030)', 'category', NULL, ARRAY[3, 2]) t
ORDER BY sort
