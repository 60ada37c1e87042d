-- The tiles (z, x, y) that touch any of these communes standing today, at zooms :min_zoom to :max_zoom.
WITH commune AS (
    SELECT geom_3857 AS geom FROM admin_unit
    WHERE level = 'commune' AND valid_to IS NULL AND code = ANY (CAST(:codes AS text[])) AND geom IS NOT NULL),
zoom AS (
    SELECT z, 40075016.6855785 / (1 << z) AS size FROM generate_series(:min_zoom, :max_zoom) AS z)
SELECT DISTINCT zoom.z, x, y
FROM commune, zoom,
     generate_series(floor((ST_XMin(commune.geom) + 20037508.3427892) / zoom.size)::int,
                     floor((ST_XMax(commune.geom) + 20037508.3427892) / zoom.size)::int) AS x,
     generate_series(floor((20037508.3427892 - ST_YMax(commune.geom)) / zoom.size)::int,
                     floor((20037508.3427892 - ST_YMin(commune.geom)) / zoom.size)::int) AS y
WHERE ST_Intersects(ST_TileEnvelope(zoom.z, x, y), commune.geom)
ORDER BY zoom.z, x, y
