-- The staged features in WGS84 with their mapped attributes; the placeholders are filled by
-- ImportCommitter with quoted column names checked against the staging table (NULL::text when unmapped).
-- Condition, surface and status are the codes of import_value_code; the words that stand for none
-- are kept as written in "unmapped" (the report listed them and the surveyor accepted them).
-- Each distinct word is looked up once (import_code normalises it), not once per feature.
CREATE TEMPORARY TABLE staged ON COMMIT DROP AS
WITH words AS MATERIALIZED (
    SELECT w.attribute, w.word, import_code(w.attribute, w.word) AS code
    FROM (SELECT DISTINCT 'condition' AS attribute, nullif(btrim(%5$s), '') AS word FROM %8$s s
          UNION SELECT DISTINCT 'surface', nullif(btrim(%6$s), '') FROM %8$s s
          UNION SELECT DISTINCT 'status', nullif(btrim(%7$s), '') FROM %8$s s) w
    WHERE w.word IS NOT NULL
)
SELECT s.fid,
       ST_MakeValid(ST_Transform(ST_SetSRID(s.geom, :srid), 4326)) AS g,
       nullif(btrim(%1$s), '') AS name,
       nullif(btrim(%2$s), '') AS code,
       nullif(btrim(%3$s), '') AS commune_code,
       nullif(btrim(%4$s), '') AS subtype,
       c.code AS condition, f.code AS surface, t.code AS status,
       jsonb_strip_nulls(jsonb_build_object(
           'condition', CASE WHEN c.code IS NULL THEN c.word END,
           'surface', CASE WHEN f.code IS NULL THEN f.word END,
           'status', CASE WHEN t.code IS NULL THEN t.word END)) AS unmapped
FROM %8$s s
LEFT JOIN words c ON c.attribute = 'condition' AND c.word = nullif(btrim(%5$s), '')
LEFT JOIN words f ON f.attribute = 'surface' AND f.word = nullif(btrim(%6$s), '')
LEFT JOIN words t ON t.attribute = 'status' AND t.word = nullif(btrim(%7$s), '')
WHERE s.geom IS NOT NULL AND NOT ST_IsEmpty(s.geom)
