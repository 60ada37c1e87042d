SELECT c.id, c.number, c.name_vi, c.name_en, c.group_vi, c.group_en, c.is_key, r.result, r.evidence,
       coalesce(r.is_demo, false) AS is_demo
FROM criterion c
LEFT JOIN criterion_result r ON r.criterion_id = c.id AND r.unit_id = :unit_id AND r.year = :year
WHERE c.set_id = :set_id
ORDER BY c.number
