-- Locks a username or address out for :seconds.
UPDATE login_throttle SET locked_until = now() + make_interval(secs => :seconds)
WHERE kind = :kind AND subject = :subject
