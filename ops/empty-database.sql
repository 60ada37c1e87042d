-- Empties the database for `./ntm restore --force`, in the restore's own transaction: every schema but
-- public and the system's is dropped, and in public every table, view, sequence, function and type
-- that is not an extension's, and the rows extensions keep for users (PostGIS's own coordinate systems).
DO $$
DECLARE
    o record;
BEGIN
    FOR o IN SELECT nspname FROM pg_namespace
             WHERE nspname NOT IN ('public', 'information_schema') AND nspname NOT LIKE 'pg\_%'
    LOOP
        EXECUTE format('DROP SCHEMA %I CASCADE', o.nspname);
    END LOOP;
    -- Names as text and IF EXISTS: an earlier CASCADE may have dropped the object already.
    FOR o IN SELECT format('public.%I', c.relname) AS name, c.relkind
             FROM pg_class c
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
               AND NOT EXISTS (SELECT FROM pg_depend d
                               WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('DROP %s IF EXISTS %s CASCADE',
                       CASE o.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                      WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
                       o.name);
    END LOOP;
    FOR o IN SELECT format('public.%I(%s)', p.proname, pg_get_function_identity_arguments(p.oid)) AS name
             FROM pg_proc p
             WHERE p.pronamespace = 'public'::regnamespace
               AND NOT EXISTS (SELECT FROM pg_depend d
                               WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('DROP ROUTINE IF EXISTS %s CASCADE', o.name);
    END LOOP;
    FOR o IN SELECT format('public.%I', t.typname) AS name
             FROM pg_type t
             WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('c', 'e', 'd', 'r')
               AND NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind <> 'c')
               AND NOT EXISTS (SELECT FROM pg_depend d
                               WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('DROP TYPE IF EXISTS %s CASCADE', o.name);
    END LOOP;
    -- Rows users added to extension tables (a backup holds them and restores them).
    FOR o IN SELECT cfg.tab::regclass::text AS tab, cfg.cond
             FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS cfg(tab, cond)
    LOOP
        EXECUTE format('DELETE FROM %s %s', o.tab, o.cond);
    END LOOP;
END $$;
