-- A unit's real shape as GeoJSON, for marking it on the map: the version standing on :as_of (else the
-- newest), simplified to about a thousandth of its extent, which no screen tells apart.
SELECT ST_AsGeoJSON(ST_Simplify(u.geom, greatest(ST_XMax(u.geom) - ST_XMin(u.geom),
                                                 ST_YMax(u.geom) - ST_YMin(u.geom)) / 1000, true), 6)
FROM admin_unit u
WHERE u.code = :code
ORDER BY (u.valid_from <= :as_of AND (u.valid_to IS NULL OR u.valid_to > :as_of)) DESC, u.valid_from DESC
LIMIT 1
