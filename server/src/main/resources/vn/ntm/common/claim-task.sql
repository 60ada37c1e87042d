-- Claims a run of a cluster-wide task for this server: only when no server ran it within the gap.
-- Two servers claiming at once queue on the row; the second sees the first's run and gets no row.
INSERT INTO scheduled_task AS t (name, last_run_at)
VALUES (:name, now())
ON CONFLICT (name) DO UPDATE SET last_run_at = now()
WHERE t.last_run_at <= now() - make_interval(secs => :gapSeconds)
RETURNING name
