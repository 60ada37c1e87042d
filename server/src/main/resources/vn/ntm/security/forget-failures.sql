-- Forgets failures older than the window, except running lockouts.
DELETE FROM login_throttle
WHERE last_failure_at < now() - make_interval(secs => :window)
  AND (locked_until IS NULL OR locked_until < now())
