-- Undo a commit: put back what it updated, remove what it added.
UPDATE admin_unit u
SET name = c.before ->> 'name', full_name = c.before ->> 'full_name',
    parent_id = (c.before ->> 'parent_id')::bigint, import_job_id = (c.before ->> 'import_job_id')::bigint,
    geom = ST_GeomFromEWKB(decode(c.before ->> 'geom', 'hex')), row_version = u.row_version + 1
FROM import_change c
WHERE c.job_id = :job AND c.entity = 'admin_unit' AND u.id = c.entity_id;

DELETE FROM infrastructure WHERE import_job_id = :job;

DELETE FROM admin_unit u
WHERE u.import_job_id = :job
  AND NOT EXISTS (SELECT 1 FROM import_change c WHERE c.job_id = :job AND c.entity = 'admin_unit' AND c.entity_id = u.id);
