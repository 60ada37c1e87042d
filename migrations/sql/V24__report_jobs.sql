-- Province reports made in the background, as rows any server can claim (FOR UPDATE SKIP LOCKED),
-- follow and serve; a job whose server stopped heart-beating is taken over or marked failed.
CREATE TABLE report_job (
    id            uuid PRIMARY KEY,
    owner         text NOT NULL,
    province_code text NOT NULL,
    year          integer NOT NULL,
    period        text NOT NULL,
    format        text NOT NULL CHECK (format IN ('pdf', 'xlsx')),
    status        text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
    progress      integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    step          text NOT NULL DEFAULT '',
    error         text,
    attempts      integer NOT NULL DEFAULT 0,
    claimed_by    text,
    heartbeat_at  timestamptz,
    file          bytea,
    created_at    timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE report_job IS 'Background province reports; file holds the PDF or XLSX once done';
COMMENT ON COLUMN report_job.claimed_by IS 'The server making it (a random id per start); heartbeat_at is its last sign of life';
CREATE INDEX report_job_waiting ON report_job (created_at) WHERE status IN ('queued', 'running');
CREATE INDEX report_job_created ON report_job (created_at);
