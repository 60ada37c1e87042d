-- Indicators computed from the map for the communes of a unit (the commune itself, or a
-- province's NTM-assessed communes): road length by class, paved (asphalt or concrete: nhựa hóa,
-- bê tông hóa) and hardened (also gravel: cứng hóa), villages lacking each facility, and villages
-- farther than :max_km from the nearest health station or school.
WITH communes AS (
    SELECT c.id FROM admin_unit c
    WHERE c.level = 'commune' AND c.valid_to IS NULL
      AND (c.id = :unit_id OR (c.parent_id = :unit_id AND ntm_assessed(c.id)))),
villages AS (
    SELECT v.id, v.code, v.full_name, ST_PointOnSurface(v.geom) AS spot
    FROM admin_unit v JOIN communes c ON c.id = v.parent_id
    WHERE v.level = 'village' AND v.valid_to IS NULL),
roads AS (
    SELECT coalesce(i.subtype, 'unknown') AS class, sum(ST_Length(i.geom::geography)) AS length_m,
           coalesce(sum(ST_Length(i.geom::geography)) FILTER (WHERE i.hardened), 0) AS hardened_m,
           coalesce(sum(ST_Length(i.geom::geography)) FILTER (WHERE i.surface IN ('asphalt', 'concrete')), 0) AS paved_m
    FROM infrastructure i JOIN communes c ON c.id = i.commune_id
    WHERE i.category = 'road' AND i.status = 'existing'
    GROUP BY 1),
facilities AS (
    SELECT f.category, count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM infrastructure i WHERE i.village_id = v.id AND i.category = f.category
                 AND i.status = 'existing')) AS with_it,
           count(*) AS villages
    FROM villages v CROSS JOIN unnest(CAST(:village_facilities AS text[])) AS f (category)
    GROUP BY f.category),
distances AS (
    SELECT f.category, v.code, v.full_name,
           (SELECT ST_Distance(v.spot::geography, i.geom::geography)
            FROM infrastructure i WHERE i.category = f.category AND i.status = 'existing'
            ORDER BY i.geom <-> v.spot LIMIT 1) / 1000 AS km
    FROM villages v CROSS JOIN unnest(ARRAY['health_station', 'school']) AS f (category))
SELECT 'road' AS kind, r.class AS name, round(r.length_m::numeric / 1000, 2)::float8 AS a,
       round(r.hardened_m::numeric / 1000, 2)::float8 AS b, round(r.paved_m::numeric / 1000, 2)::float8 AS c,
       NULL AS extra
FROM roads r
UNION ALL
SELECT 'facility', f.category, f.with_it, f.villages, NULL, NULL FROM facilities f
UNION ALL
SELECT 'far', d.category, round(d.km::numeric, 2)::float8, NULL, NULL, d.code || ' ' || d.full_name
FROM distances d WHERE d.km IS NULL OR d.km > :max_km
ORDER BY 1, 2, 3 DESC
