-- Onboarding a province: an administrator loads or replaces a province's official communes from a
-- file (import target 'province'). Two helpers for its checks, commit and undo.

-- Where a file's features may lie: the province's outline, or, when a province is being loaded
-- (its outline may not exist yet or is being replaced), Vietnam's extent, the Paracel and Spratly
-- islands included.
CREATE FUNCTION import_area(province text, whole_country boolean) RETURNS geometry
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE WHEN whole_country THEN ST_MakeEnvelope(102.1, 6.0, 117.9, 23.4, 4326)
            ELSE (SELECT p.geom FROM admin_unit p
                  WHERE p.level = 'province' AND p.code = province AND p.valid_to IS NULL) END;

-- The units among ids that something refers to: a record of any table with a foreign key to
-- admin_unit (status events, criteria, targets, infrastructure, feedback, lineage, a village, ...).
-- Read from the catalogue, so that a table added later counts without a change here; a unit
-- referring to another of ids (a commune to its province) does not count.
CREATE FUNCTION units_with_records(ids bigint[]) RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    reference record;
BEGIN
    FOR reference IN
        SELECT c.conrelid::regclass AS tab, a.attname AS col, c.conrelid = 'admin_unit'::regclass AS self
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid = 'admin_unit'::regclass AND cardinality(c.conkey) = 1
    LOOP
        RETURN QUERY EXECUTE format('SELECT DISTINCT r.%I FROM %s r WHERE r.%I = ANY ($1)%s', reference.col,
                                    reference.tab, reference.col,
                                    CASE WHEN reference.self THEN ' AND NOT r.id = ANY ($1)' ELSE '' END)
            USING ids;
    END LOOP;
END
$$;
