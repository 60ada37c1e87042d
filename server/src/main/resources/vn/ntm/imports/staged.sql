-- The staged features in WGS84 with their mapped attributes; the placeholders are filled by
-- ImportCommitter with quoted column names checked against the staging table (NULL::text when unmapped).
-- Condition, surface and status are the codes of import_value_code; the words that stand for none
-- are kept as written in "unmapped" (the report listed them and the surveyor accepted them).
CREATE TEMPORARY TABLE staged ON COMMIT DROP AS
SELECT s.fid,
       ST_MakeValid(ST_Transform(ST_SetSRID(s.geom, :srid), 4326)) AS g,
       nullif(btrim(%1$s), '') AS name,
       nullif(btrim(%2$s), '') AS code,
       nullif(btrim(%3$s), '') AS commune_code,
       nullif(btrim(%4$s), '') AS subtype,
       import_code('condition', %5$s) AS condition,
       import_code('surface', %6$s) AS surface,
       import_code('status', %7$s) AS status,
       jsonb_strip_nulls(jsonb_build_object(
           'condition', CASE WHEN import_code('condition', %5$s) IS NULL THEN nullif(btrim(%5$s), '') END,
           'surface', CASE WHEN import_code('surface', %6$s) IS NULL THEN nullif(btrim(%6$s), '') END,
           'status', CASE WHEN import_code('status', %7$s) IS NULL THEN nullif(btrim(%7$s), '') END)) AS unmapped
FROM %8$s s
WHERE s.geom IS NOT NULL AND NOT ST_IsEmpty(s.geom)
