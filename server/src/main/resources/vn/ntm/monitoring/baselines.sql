-- A province's target baselines.
SELECT b.metric, b.year, b.value::float8 AS value, b.denominator::float8 AS denominator,
       u.valid_to IS NOT NULL AS pre_merger, b.source_document
FROM target_baseline b JOIN admin_unit u ON u.id = b.unit_id
WHERE u.level = 'province' AND u.province_code = ANY (province_codes(:province))
ORDER BY u.valid_from, b.metric
