UPDATE report_job
SET status = :status, progress = CASE WHEN :status = 'done' THEN 100 ELSE progress END, step = '',
    file = :file, error = :error, heartbeat_at = now()
WHERE id = :id AND claimed_by = :server AND status = 'running'
