-- The staged features in WGS84 with their mapped attributes; the placeholders are filled by
-- ImportCommitter with quoted column names checked against the staging table.
CREATE TEMPORARY TABLE staged ON COMMIT DROP AS
SELECT s.fid,
       ST_MakeValid(ST_Transform(ST_SetSRID(s.geom, :srid), 4326)) AS g,
       nullif(btrim(%s), '') AS name,
       nullif(btrim(%s), '') AS code,
       nullif(btrim(%s), '') AS commune_code,
       nullif(btrim(%s), '') AS subtype,
       CASE search_key(coalesce(%s, ''))
           WHEN 'tot' THEN 'good' WHEN 'good' THEN 'good' WHEN 'trung binh' THEN 'fair' WHEN 'fair' THEN 'fair'
           WHEN 'xuong cap' THEN 'poor' WHEN 'kem' THEN 'poor' WHEN 'poor' THEN 'poor'
           WHEN 'hong' THEN 'unusable' WHEN 'hu hong' THEN 'unusable' WHEN 'unusable' THEN 'unusable' END AS condition,
       CASE search_key(coalesce(%s, ''))
           WHEN 'nhua' THEN 'asphalt' WHEN 'be tong nhua' THEN 'asphalt' WHEN 'asphalt' THEN 'asphalt'
           WHEN 'be tong' THEN 'concrete' WHEN 'be tong xi mang' THEN 'concrete' WHEN 'concrete' THEN 'concrete'
           WHEN 'cap phoi' THEN 'gravel' WHEN 'da dam' THEN 'gravel' WHEN 'gravel' THEN 'gravel'
           WHEN 'dat' THEN 'earth' WHEN 'earth' THEN 'earth' END AS surface
FROM %s s
WHERE s.geom IS NOT NULL AND NOT ST_IsEmpty(s.geom)
