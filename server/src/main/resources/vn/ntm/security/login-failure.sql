-- Counts one more failed sign-in for an account or address; failures older than the window are forgotten.
INSERT INTO login_throttle AS t (kind, subject) VALUES (:kind, :subject)
ON CONFLICT (kind, subject) DO UPDATE
SET failures = CASE WHEN t.last_failure_at < now() - make_interval(secs => :window) THEN 1 ELSE t.failures + 1 END,
    last_failure_at = now()
RETURNING failures
