-- A version per data source, bumped by any write, so tiles can carry an ETag that changes
-- exactly when their data does (edits, imports, recognitions).
CREATE TABLE data_version (
    source     text PRIMARY KEY,
    version    bigint NOT NULL DEFAULT 1,
    changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO data_version (source) VALUES ('units'), ('infrastructure');

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_version SET version = version + 1, changed_at = now() WHERE source = TG_ARGV[0];
    RETURN NULL;
END $$;

CREATE TRIGGER admin_unit_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON admin_unit
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('units');
CREATE TRIGGER status_event_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON status_event
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('units');
CREATE TRIGGER criterion_result_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON criterion_result
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('units');
CREATE TRIGGER infrastructure_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON infrastructure
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('infrastructure');
