-- Imports: files are read by ogr2ogr into a staging table of their own (in the import_staging
-- schema), checked there, then merged. What a commit changed is kept so that it can be undone.
CREATE SCHEMA IF NOT EXISTS import_staging;

ALTER TABLE import_job
    ADD COLUMN source_crs  text,
    ADD COLUMN crs_id      text,
    ADD COLUMN mapping     jsonb NOT NULL DEFAULT '{}',
    ADD COLUMN staging     text,
    ADD COLUMN layer_name  text,
    ADD COLUMN work_dir    text,
    ADD COLUMN committed_by text,
    ADD COLUMN undone_by   text;

-- The rows a commit updated, as they were before it (inserted rows carry import_job_id instead).
CREATE TABLE import_change (
    job_id    bigint NOT NULL REFERENCES import_job (id),
    entity    text NOT NULL CHECK (entity IN ('admin_unit', 'infrastructure')),
    entity_id bigint NOT NULL,
    before    jsonb NOT NULL,
    PRIMARY KEY (job_id, entity, entity_id)
);
CREATE INDEX import_change_entity ON import_change (entity, entity_id);
