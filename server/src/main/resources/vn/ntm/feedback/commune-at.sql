-- The current commune at a point.
SELECT id FROM admin_unit
WHERE level = 'commune' AND valid_to IS NULL
  AND ST_Intersects(geom, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))
LIMIT 1
