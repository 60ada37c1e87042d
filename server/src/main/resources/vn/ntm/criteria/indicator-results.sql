SELECT i.criterion_id, i.code, i.name_vi, i.name_en, i.unit, i.value_type, i.comparator,
       r.value_numeric, r.value_bool, r.met, coalesce(r.is_demo, false) AS is_demo
FROM indicator i
JOIN criterion c ON c.id = i.criterion_id
LEFT JOIN indicator_result r ON r.indicator_id = i.id AND r.unit_id = :unit_id AND r.year = :year
WHERE c.set_id = :set_id
ORDER BY c.number, string_to_array(i.code, '.')::int[]
