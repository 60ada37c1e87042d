-- Undo a commit: put back what it updated, remove what it added.
UPDATE admin_unit u
SET name = c.before ->> 'name', full_name = c.before ->> 'full_name',
    parent_id = (c.before ->> 'parent_id')::bigint, import_job_id = (c.before ->> 'import_job_id')::bigint,
    geom = ST_GeomFromEWKB(decode(c.before ->> 'geom', 'hex')), row_version = u.row_version + 1,
    -- kept by a province's load only (commit-province.sql)
    kind = coalesce(c.before ->> 'kind', u.kind),
    valid_to = CASE WHEN c.before -> 'valid_to' IS NOT NULL THEN (c.before ->> 'valid_to')::date ELSE u.valid_to END,
    area_km2 = CASE WHEN c.before -> 'area_km2' IS NOT NULL THEN (c.before ->> 'area_km2')::numeric ELSE u.area_km2 END
FROM import_change c
WHERE c.job_id = :job AND c.entity = 'admin_unit' AND u.id = c.entity_id;

DELETE FROM infrastructure WHERE import_job_id = :job;

DELETE FROM admin_unit u
WHERE u.import_job_id = :job
  AND NOT EXISTS (SELECT 1 FROM import_change c WHERE c.job_id = :job AND c.entity = 'admin_unit' AND c.entity_id = u.id);
