-- A server shutting down hands back the reports it was making: another server starts them afresh.
UPDATE report_job
SET status = 'queued', claimed_by = NULL, attempts = attempts - 1, progress = 0, step = ''
WHERE claimed_by = :server AND status = 'running'
