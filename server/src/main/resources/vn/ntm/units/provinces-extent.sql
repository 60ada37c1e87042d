-- The extent of the current provinces in lon/lat (the Web Mercator world when there are none).
SELECT coalesce(ST_XMin(e), -180), coalesce(ST_YMin(e), -85.0511),
       coalesce(ST_XMax(e), 180), coalesce(ST_YMax(e), 85.0511)
FROM (SELECT ST_Extent(geom) AS e FROM admin_unit WHERE level = 'province' AND valid_to IS NULL) x
