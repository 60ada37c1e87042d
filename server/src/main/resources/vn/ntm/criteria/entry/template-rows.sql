-- The template for a province, year and level: per commune (or village), each criterion of the set
-- then its indicators (NTM-assessed units only: no ward), with the values recorded so far and the unit's sheet version.
WITH units AS (
    SELECT u.id, u.code, u.full_name, sheet_version(u.id, :year) AS version
    FROM admin_unit u
    WHERE u.level = :level AND u.province_code = :province AND ntm_assessed(u.id)
      AND u.valid_from <= make_date(:year, 12, 31) AND (u.valid_to IS NULL OR u.valid_to > make_date(:year, 12, 31))),
lines AS (
    SELECT c.number AS criterion, 0 AS position, 'criterion' AS kind, c.number::text AS code, c.name_vi AS name,
           NULL AS unit, c.id AS criterion_id, NULL::int AS indicator_id
    FROM criterion c WHERE c.set_id = :set_id
    UNION ALL
    SELECT c.number, 1, 'indicator', i.code, i.name_vi, i.unit, NULL, i.id
    FROM indicator i JOIN criterion c ON c.id = i.criterion_id WHERE c.set_id = :set_id)
SELECT m.code AS unit_code, m.full_name AS unit_name, l.kind, l.code, l.name, l.unit,
       coalesce(cr.result, CASE WHEN ir.met THEN 'met' WHEN NOT ir.met THEN 'not_met' END) AS result,
       coalesce(ir.value_numeric::text, CASE WHEN ir.value_bool THEN 'Có' WHEN NOT ir.value_bool THEN 'Không' END) AS value,
       coalesce(cr.evidence, ir.evidence) AS evidence, m.version
FROM units m
CROSS JOIN lines l
LEFT JOIN criterion_result cr ON cr.unit_id = m.id AND cr.year = :year AND cr.criterion_id = l.criterion_id
LEFT JOIN indicator_result ir ON ir.unit_id = m.id AND ir.year = :year AND ir.indicator_id = l.indicator_id
ORDER BY m.code, l.criterion, l.position, string_to_array(l.code, '.')::int[]
