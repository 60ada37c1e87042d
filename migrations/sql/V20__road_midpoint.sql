-- A road's own midpoint: where the gap list pins it, one rule for every line geometry. A
-- LineString's point halfway along it; a MultiLineString's midpoint of its merged line when the
-- parts join up, otherwise of its longest part (the first of equals). Other geometries: a point on them.
CREATE FUNCTION road_midpoint(g geometry) RETURNS geometry
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE
        WHEN GeometryType(g) = 'LINESTRING' THEN ST_LineInterpolatePoint(g, 0.5)
        WHEN GeometryType(g) = 'MULTILINESTRING' AND GeometryType(ST_LineMerge(g)) = 'LINESTRING'
            THEN ST_LineInterpolatePoint(ST_LineMerge(g), 0.5)
        WHEN GeometryType(g) = 'MULTILINESTRING'
            THEN (SELECT ST_LineInterpolatePoint(d.geom, 0.5) FROM ST_Dump(g) d
                  ORDER BY ST_Length(d.geom) DESC, d.path LIMIT 1)
        ELSE ST_PointOnSurface(g)
    END
$$;
