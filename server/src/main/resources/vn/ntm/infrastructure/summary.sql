-- Features per category inside a unit: a village's own, a commune's, or those of a province's communes.
WITH scope AS (
    SELECT i.*
    FROM infrastructure i
    WHERE i.status <> 'decommissioned'
      AND (i.village_id = :unit_id OR i.commune_id = :unit_id
           OR i.commune_id IN (SELECT c.id FROM admin_unit c WHERE c.parent_id = :unit_id)))
SELECT c.code AS category, c.name_vi, c.name_en,
       count(s.id)::int AS count,
       count(s.id) FILTER (WHERE s.condition IN ('poor', 'unusable'))::int AS poor,
       CASE WHEN c.code = 'road' THEN count(s.id) FILTER (WHERE NOT s.hardened)::int END AS unhardened,
       CASE WHEN c.code = 'road' THEN round(coalesce(sum(ST_Length(s.geom::geography)), 0)::numeric / 1000, 2)::float8 END
           AS length_km,
       CASE WHEN c.code = 'road' THEN round(coalesce(sum(ST_Length(s.geom::geography)) FILTER (WHERE NOT s.hardened), 0)::numeric / 1000, 2)::float8 END
           AS unhardened_km
FROM infra_category c
LEFT JOIN scope s ON s.category = c.code
GROUP BY c.code, c.name_vi, c.name_en, c.sort
ORDER BY c.sort
