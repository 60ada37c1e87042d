-- The oldest report waiting, or one whose server stopped heart-beating, taken by this server; a row
-- another server is claiming at the same moment is skipped, not waited for.
UPDATE report_job
SET status = 'running', claimed_by = :server, heartbeat_at = now(), attempts = attempts + 1, progress = 0, step = ''
WHERE id = (SELECT id FROM report_job
            WHERE status = 'queued'
               OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => :staleSeconds))
            ORDER BY created_at
            LIMIT 1
            FOR UPDATE SKIP LOCKED)
RETURNING id, owner, province_code, year, period, format, status, progress, step, error, attempts, created_at
