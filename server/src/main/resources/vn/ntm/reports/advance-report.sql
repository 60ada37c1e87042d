-- Progress, and a sign of life, from the server that holds the report; none when another took it over.
UPDATE report_job
SET progress = :progress, step = :step, heartbeat_at = now()
WHERE id = :id AND claimed_by = :server AND status = 'running'
