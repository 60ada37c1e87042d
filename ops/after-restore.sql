-- Run in the restore's transaction, after the data. Tiles' ETags carry data_version's counters, which the
-- restore has set back: writes after the restore would count up through numbers that, before it, named
-- other data, and a browser holding such a tile would keep it. The counters move past any used before.
-- (Names are qualified: the restored dump leaves search_path empty.)
DO $$
BEGIN
    IF to_regclass('public.data_version') IS NOT NULL THEN
        UPDATE public.data_version
        SET version = greatest(version + 1, (extract(epoch FROM clock_timestamp()) * 1000)::bigint),
            changed_at = now();
    END IF;
END $$;
