-- Citizen-report allowance per client address, a token bucket shared by all servers: tokens refill
-- continuously up to the capacity over the configured window.
CREATE TABLE submission_allowance (
    address    text PRIMARY KEY CHECK (length(address) <= 200),
    tokens     double precision NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE submission_allowance IS 'Anonymous feedback submissions left per client address (token bucket)';
CREATE INDEX submission_allowance_updated ON submission_allowance (updated_at);

-- Scheduled work that one server does for all: each run is claimed here first.
CREATE TABLE scheduled_task (
    name        text PRIMARY KEY,
    last_run_at timestamptz NOT NULL
);
COMMENT ON TABLE scheduled_task IS 'When each cluster-wide scheduled task last ran, and so which server runs it next';
