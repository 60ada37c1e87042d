-- A data version per infrastructure category ('infrastructure:road', ...), bumped for the categories a
-- statement touched, so that a write to roads leaves the cached tiles and versioned tile URLs of
-- schools, markets, etc. as they were. The source-wide 'units' and 'infrastructure' versions (V8)
-- are unchanged. A category's row appears with its first feature; until then its version is 0.
INSERT INTO data_version (source) SELECT 'infrastructure:' || code FROM infra_category;

-- Bumps the given sources, adding those not seen before; in source order, so that concurrent writers
-- lock the rows in the same order.
CREATE FUNCTION bump_data_versions(p_sources text[]) RETURNS void LANGUAGE sql AS $$
INSERT INTO data_version AS d (source)
SELECT DISTINCT s FROM unnest(p_sources) s ORDER BY s
ON CONFLICT (source) DO UPDATE SET version = d.version + 1, changed_at = now();
$$;

-- The categories in the statement's old and new rows (transition tables; a branch only reads the
-- tables its trigger declares).
CREATE FUNCTION bump_infrastructure_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM bump_data_versions(ARRAY(SELECT 'infrastructure:' || category FROM new_rows));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM bump_data_versions(ARRAY(SELECT 'infrastructure:' || category FROM old_rows
                                         UNION SELECT 'infrastructure:' || category FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM bump_data_versions(ARRAY(SELECT 'infrastructure:' || category FROM old_rows));
    ELSE
        PERFORM bump_data_versions(ARRAY(SELECT source FROM data_version WHERE source LIKE 'infrastructure:%'));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER infrastructure_category_version_insert AFTER INSERT ON infrastructure
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_infrastructure_versions();
CREATE TRIGGER infrastructure_category_version_update AFTER UPDATE ON infrastructure
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_infrastructure_versions();
CREATE TRIGGER infrastructure_category_version_delete AFTER DELETE ON infrastructure
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_infrastructure_versions();
CREATE TRIGGER infrastructure_category_version_truncate AFTER TRUNCATE ON infrastructure
    FOR EACH STATEMENT EXECUTE FUNCTION bump_infrastructure_versions();
