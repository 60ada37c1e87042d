-- Place-name points in a box, for the map's labels: provinces up to :zoom 10, communes from 9,
-- villages from 12, each at ST_PointOnSurface (inside the unit, unlike a centroid), largest first
-- within a level so that the client places the names that matter most before it runs out of room.
SELECT u.code, u.name, u.level, ST_X(p.point) AS lon, ST_Y(p.point) AS lat
FROM admin_unit u
CROSS JOIN LATERAL (SELECT ST_PointOnSurface(u.geom) AS point) p
WHERE u.geom && ST_MakeEnvelope(:min_x, :min_y, :max_x, :max_y, 4326)
  AND u.valid_from <= :as_of AND (u.valid_to IS NULL OR u.valid_to > :as_of)
  AND ((u.level = 'province' AND :zoom <= 10)
       OR (u.level = 'commune' AND :zoom >= 9)
       OR (u.level = 'village' AND :zoom >= 12))
ORDER BY CASE u.level WHEN 'province' THEN 0 WHEN 'commune' THEN 1 ELSE 2 END, u.area_km2 DESC NULLS LAST, u.code
LIMIT :limit
