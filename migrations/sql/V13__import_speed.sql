-- The coordinate system of an import as a spatial_ref_sys row, so that ST_Transform reuses one
-- cached PROJ transformation instead of parsing a PROJ string for every feature. Rows are shared
-- by all imports with the same definition; PostGIS reads proj4text for non-EPSG authorities.
CREATE FUNCTION import_srid(definition text) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    found integer;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('import_srid'));
    SELECT srid INTO found FROM spatial_ref_sys
    WHERE auth_name IN ('NTM', 'NTM-IMPORT') AND proj4text = definition
    ORDER BY srid LIMIT 1;
    IF found IS NULL THEN
        SELECT coalesce(max(srid), 990000) + 1 INTO found FROM spatial_ref_sys WHERE srid BETWEEN 990001 AND 998999;
        IF found > 998999 THEN
            RAISE EXCEPTION 'no spatial reference id left for imports';
        END IF;
        INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text)
        VALUES (found, 'NTM-IMPORT', found, NULL, definition);
    END IF;
    RETURN found;
END $$;

-- Committing checks what landed and undoing deletes it, both by import.
CREATE INDEX infrastructure_import_job ON infrastructure (import_job_id) WHERE import_job_id IS NOT NULL;
CREATE INDEX admin_unit_import_job ON admin_unit (import_job_id) WHERE import_job_id IS NOT NULL;
