INSERT INTO criterion_result (unit_id, year, criterion_id, result, evidence, is_demo, updated_at, updated_by, row_version)
VALUES (:unit_id, :year, :criterion_id, :result, :evidence, false, now(), :actor, :version)
ON CONFLICT (unit_id, year, criterion_id) DO UPDATE
SET result = EXCLUDED.result, evidence = EXCLUDED.evidence, is_demo = false, updated_at = now(),
    updated_by = EXCLUDED.updated_by, row_version = EXCLUDED.row_version
