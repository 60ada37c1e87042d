-- NTM-assessed communes of a province as it stood in :year whose standing level their criteria of the year do not support, and recognised
-- communes that meet the withdrawal rule of QĐ 18/2022 (≥ 50% of criteria failing, or 30–50%
-- with a key criterion among them). Standard-set results only.
WITH standing AS (
    SELECT u.id, u.code, u.full_name, status_at(u.id, make_date(:year, 12, 31)) AS status
    FROM admin_unit u
    WHERE u.level = 'commune' AND u.province_code = ANY (province_codes(:province)) AND ntm_assessed(u.id)
      AND u.valid_from <= make_date(:year, 12, 31) AND (u.valid_to IS NULL OR u.valid_to > make_date(:year, 12, 31))),
sheet AS (
    SELECT s.id, s.code, s.full_name, s.status,
           criteria_total('commune', :year) AS total,
           count(r.*) FILTER (WHERE r.result <> 'met') AS failing,
           count(r.*) AS assessed,
           bool_or(c.is_key AND r.result <> 'met') AS key_failing,
           string_agg(c.number::text, ', ' ORDER BY c.number) FILTER (WHERE r.result <> 'met') AS failing_list
    FROM standing s
    LEFT JOIN (criterion_result r
               JOIN criterion c ON c.id = r.criterion_id
               JOIN criteria_set t ON t.id = c.set_id AND t.tier = 'standard') ON r.unit_id = s.id AND r.year = :year
    WHERE s.status <> 'none'
    GROUP BY s.id, s.code, s.full_name, s.status)
SELECT code, full_name, status, total, failing, assessed, coalesce(key_failing, false) AS key_failing, failing_list,
       CASE WHEN total > 0 AND (failing::numeric / total >= 0.5
                                OR (failing::numeric / total >= 0.3 AND coalesce(key_failing, false)))
            THEN 'withdrawal_rule'
            WHEN failing > 0 OR assessed < total THEN 'criteria_do_not_support_status' END AS problem
FROM sheet
WHERE failing > 0 OR assessed < total
ORDER BY problem DESC, code
