-- A province's classified units in a year: their group and classes, each class's decision, and
-- whether the row still comes from the demo generator.
SELECT u.code, u.full_name, u.level, k.commune_group, k.dbkk, k.border, k.safe_zone, k.is_demo,
       d.decision_no AS dbkk_decision, b.decision_no AS border_decision, s.decision_no AS safe_zone_decision,
       g.decision_no AS group_decision
FROM commune_classification k
JOIN admin_unit u ON u.id = k.unit_id
LEFT JOIN classification_decision d ON d.id = k.dbkk_decision_id
LEFT JOIN classification_decision b ON b.id = k.border_decision_id
LEFT JOIN classification_decision s ON s.id = k.safe_zone_decision_id
LEFT JOIN classification_decision g ON g.id = k.group_decision_id
WHERE u.province_code = :province AND u.valid_to IS NULL AND k.year = :year
  AND (k.dbkk OR k.border OR k.safe_zone OR k.commune_group IS NOT NULL)
ORDER BY u.level, u.full_name
