-- Sets a target on the province's current units, or amends the one there if :version is its
-- version and it is not replaced; returns its id, or nothing (a stale version, or -1 for a target
-- that must be new).
INSERT INTO target (unit_id, year, metric, target_value, target_max, value_kind, denominator,
                    decision_no, decision_date, issuer, in_force_from, note, created_by)
VALUES (:unit, :year, :metric, :value, :max, :kind, :denominator, :decision_no, :decision_date,
        :issuer, :in_force_from, :note, :user)
ON CONFLICT (unit_id, year, metric) DO UPDATE
SET target_value = EXCLUDED.target_value, target_max = EXCLUDED.target_max,
    value_kind = EXCLUDED.value_kind, denominator = EXCLUDED.denominator,
    decision_no = EXCLUDED.decision_no, decision_date = EXCLUDED.decision_date,
    issuer = EXCLUDED.issuer, in_force_from = EXCLUDED.in_force_from, note = EXCLUDED.note,
    row_version = target.row_version + 1
WHERE target.row_version = :version AND target.replaced_by IS NULL
RETURNING id
