SELECT id, owner, province_code, year, period, format, status, progress, step, error, attempts, created_at
FROM report_job
WHERE id = :id
