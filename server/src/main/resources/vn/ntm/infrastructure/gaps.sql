-- Gaps for field staff, one row each: infrastructure in poor or unusable condition, existing roads
-- not known to be hardened (the roads map-indicators.sql counts as not hardened, any line type),
-- pinned at road_midpoint(), and villages lacking a village-level facility. The outer statement (the
-- last line) is gaps-page.sql (a page of rows) or gaps-counts.sql (counts per kind), put in by GapRepository.
WITH scope AS (
    SELECT c.id, c.code, c.full_name, c.province_code
    FROM admin_unit c
    WHERE c.level = 'commune' AND c.valid_to IS NULL
      AND (CAST(:province AS text) IS NULL OR c.province_code = :province)
      AND (CAST(:commune AS text) IS NULL OR c.code = :commune)),
gaps AS (
    SELECT 'poor_condition' AS kind, i.category, i.id AS feature_id, i.name, i.condition, i.surface,
           s.code AS commune_code, s.full_name AS commune_name, s.province_code, v.code AS village_code,
           v.full_name AS village_name,
           ST_PointOnSurface(i.geom) AS spot, i.is_demo
    FROM infrastructure i
    JOIN scope s ON s.id = i.commune_id
    LEFT JOIN admin_unit v ON v.id = i.village_id
    WHERE i.condition IN ('poor', 'unusable') AND i.status <> 'decommissioned'
    UNION ALL
    SELECT 'unhardened_road', i.category, i.id, i.name, i.condition, i.surface,
           s.code, s.full_name, s.province_code, v.code, v.full_name, road_midpoint(i.geom), i.is_demo
    FROM infrastructure i
    JOIN scope s ON s.id = i.commune_id
    LEFT JOIN admin_unit v ON v.id = i.village_id
    WHERE i.category = 'road' AND i.hardened IS NOT TRUE AND i.status = 'existing'
    UNION ALL
    SELECT 'missing_facility', f.category, NULL, v.full_name, NULL, NULL,
           s.code, s.full_name, s.province_code, v.code, v.full_name, ST_PointOnSurface(v.geom), v.is_demo
    FROM admin_unit v
    JOIN scope s ON s.id = v.parent_id
    CROSS JOIN unnest(CAST(:village_facilities AS text[])) AS f (category)
    WHERE v.level = 'village' AND v.valid_to IS NULL
      AND NOT EXISTS (SELECT 1 FROM infrastructure i
                      WHERE i.village_id = v.id AND i.category = f.category AND i.status = 'existing'))
%1$s
