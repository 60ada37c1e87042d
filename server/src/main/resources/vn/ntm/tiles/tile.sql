-- One vector tile of one layer. The numbered placeholders (attributes, table, filter, layer name) are
-- filled once per layer from TileLayers (its catalogue, never request input); z/x/y, dates and the
-- tolerance are bind parameters.
-- Plain ST_Simplify (keeping small features) is enough: ST_AsMVTGeom makes the result valid, and
-- ST_SimplifyPreserveTopology costs twenty times more on detailed boundaries.
WITH bounds AS (
    SELECT ST_TileEnvelope(:z, :x, :y) AS env,
           ST_TileEnvelope(:z, :x, :y, margin => 64.0 / 4096) AS env_margin),
features AS (
    SELECT ST_AsMVTGeom(ST_Simplify(t.geom_3857, :tolerance, true), b.env, 4096, 64, true) AS geom,
           %1$s
    FROM %2$s t, bounds b
    WHERE t.geom_3857 && b.env_margin
      AND %3$s)
SELECT ST_AsMVT(features.*, '%4$s', 4096, 'geom')
FROM features
WHERE geom IS NOT NULL
