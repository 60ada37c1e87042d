-- What loading a province's file would do and what is wrong with it (import target 'province'). The
-- placeholders are the quoted code, name, province and province name columns (NULL::text when
-- unmapped) and the staging table, filled by ProvinceFileCheck; lists are capped at :listed.
WITH s AS MATERIALIZED (
    SELECT s.fid, nullif(btrim(%1$s), '') AS code, nullif(btrim(%2$s), '') AS name,
           nullif(btrim(%3$s), '') AS province, nullif(btrim(%4$s), '') AS province_name
    FROM %5$s s),
current_unit AS MATERIALIZED (
    SELECT u.id, u.code FROM admin_unit u
    WHERE u.level = 'commune' AND u.valid_to IS NULL AND u.province_code = :province),
removed AS MATERIALIZED (
    SELECT c.id, c.code FROM current_unit c WHERE NOT EXISTS (SELECT 1 FROM s WHERE s.code = c.code))
SELECT NOT EXISTS (SELECT 1 FROM admin_unit p
                   WHERE p.level = 'province' AND p.code = :province AND p.valid_to IS NULL) AS new_province,
       ARRAY(SELECT DISTINCT s.province_name FROM s WHERE s.province_name IS NOT NULL
             ORDER BY 1 LIMIT :listed) AS province_names,
       ARRAY(SELECT DISTINCT coalesce(s.province, '') FROM s WHERE s.province IS DISTINCT FROM :province
             ORDER BY 1 LIMIT :listed) AS other_provinces,
       ARRAY(SELECT DISTINCT coalesce(s.code, '') FROM s WHERE s.code IS NULL OR s.code !~ '^[0-9]{5}$'
             ORDER BY 1 LIMIT :listed) AS bad_codes,
       ARRAY(SELECT DISTINCT s.code FROM s JOIN admin_unit u ON u.code = s.code
             WHERE u.level = 'commune' AND u.valid_to IS NULL AND u.province_code <> :province
             ORDER BY 1 LIMIT :listed) AS codes_of_other_provinces,
       ARRAY(SELECT s.fid::bigint FROM s WHERE s.name IS NULL OR s.name ~ '[\u0001-\u001f\u007f-\u009f\ufffd?]'
             ORDER BY 1 LIMIT :listed) AS bad_names,
       ARRAY(SELECT s.name FROM s WHERE s.name ~ '^[ -~]+$' ORDER BY 1 LIMIT :listed) AS names_without_diacritics,
       (SELECT count(*) FROM s WHERE NOT EXISTS (SELECT 1 FROM current_unit c WHERE c.code = s.code)) AS added,
       (SELECT count(*) FROM s WHERE EXISTS (SELECT 1 FROM current_unit c WHERE c.code = s.code)) AS replaced,
       (SELECT count(*) FROM removed) AS removed_count,
       ARRAY(SELECT r.code FROM removed r ORDER BY 1 LIMIT :listed) AS removed,
       ARRAY(SELECT r.code FROM removed r
             WHERE r.id IN (SELECT units_with_records(ARRAY(SELECT id FROM removed)))
             ORDER BY 1 LIMIT :listed) AS removed_with_records
