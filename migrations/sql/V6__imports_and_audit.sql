-- Import jobs: one uploaded file, its analysis, and what its commit changed (for undo).
CREATE TABLE import_job (
    id            bigserial PRIMARY KEY,
    province_code text NOT NULL,
    target_layer  text NOT NULL,
    file_name     text NOT NULL,
    file_size     bigint NOT NULL,
    format        text,
    status        text NOT NULL CHECK (status IN ('uploaded', 'analyzed', 'committed', 'failed', 'undone')),
    crs           text,
    encoding      text,
    feature_count integer,
    report        jsonb NOT NULL DEFAULT '{}',
    error         text,
    created_by    text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    committed_at  timestamptz,
    undone_at     timestamptz
);

ALTER TABLE admin_unit ADD FOREIGN KEY (import_job_id) REFERENCES import_job (id);
ALTER TABLE infrastructure ADD FOREIGN KEY (import_job_id) REFERENCES import_job (id);

-- Every write: who, when, what, before and after.
CREATE TABLE audit_log (
    id            bigserial PRIMARY KEY,
    at            timestamptz NOT NULL DEFAULT now(),
    actor         text NOT NULL,
    action        text NOT NULL,
    entity        text NOT NULL,
    entity_id     text,
    province_code text,
    before        jsonb,
    after         jsonb
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at);
