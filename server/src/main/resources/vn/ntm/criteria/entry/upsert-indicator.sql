INSERT INTO indicator_result (unit_id, year, indicator_id, value_numeric, value_bool, met, evidence, is_demo,
                              updated_at, updated_by, row_version)
VALUES (:unit_id, :year, :indicator_id, :value_numeric, :value_bool, :met, :evidence, false, now(), :actor, :version)
ON CONFLICT (unit_id, year, indicator_id) DO UPDATE
SET value_numeric = EXCLUDED.value_numeric, value_bool = EXCLUDED.value_bool, met = EXCLUDED.met,
    evidence = EXCLUDED.evidence, is_demo = false, updated_at = now(), updated_by = EXCLUDED.updated_by,
    row_version = EXCLUDED.row_version
