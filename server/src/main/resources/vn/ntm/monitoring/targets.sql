-- A province's targets (with those set on the provinces it absorbed), current and replaced (the caller orders the metrics), with the unit set each was set on (its basis: a
-- province unit; basis_until is the day a pre-merger set ended) and the decision that replaced it.
SELECT t.id, t.metric, t.year, t.target_value::float8 AS target_value, t.target_max::float8 AS target_max,
       t.value_kind, t.denominator::float8 AS denominator, t.unit_id, b.valid_to AS basis_until, b.province_code,
       t.decision_no, t.decision_date, t.issuer, t.in_force_from, t.replaced_by, t.replaced_from,
       r.decision_no AS replaced_by_decision, t.note, t.row_version
FROM target t
JOIN admin_unit b ON b.id = t.unit_id AND b.level = 'province'
LEFT JOIN target r ON r.id = t.replaced_by
WHERE b.province_code = ANY (province_codes(:province))
ORDER BY t.metric, t.year, b.valid_from, t.id
