-- One page of a collection's features as GeoJSON, with how many match in all. The placeholders
-- are filled from the layer catalogue (constants, never request input): the properties, the
-- table and the layer's filter; the bounding box, year, limit and offset are bind parameters.
WITH matching AS (
    SELECT t.* FROM %2$s t
    WHERE %3$s
      AND (CAST(:min_x AS float8) IS NULL
           OR t.geom && ST_MakeEnvelope(:min_x, :min_y, :max_x, :max_y, 4326))
      AND (CAST(:id AS bigint) IS NULL OR t.id = :id))
SELECT (SELECT count(*) FROM matching) AS matched,
       coalesce(json_agg(json_build_object('type', 'Feature', 'id', m.id,
                                           'geometry', ST_AsGeoJSON(m.geom, 7)::json,
                                           'properties', m.properties) ORDER BY m.id), '[]')::text AS features
FROM (SELECT t.id, t.geom, json_build_object(%1$s) AS properties
      FROM matching t ORDER BY t.id LIMIT :limit OFFSET :offset) m
