-- Reports whose server stopped while making them for the last allowed time fail rather than be tried again.
UPDATE report_job
SET status = 'failed', step = '', error = 'The report could not be made: its server stopped'
WHERE status = 'running' AND heartbeat_at < now() - make_interval(secs => :staleSeconds)
  AND attempts >= :maxAttempts
