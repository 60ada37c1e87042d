-- Infrastructure: every staged feature is added, linked to the commune and village it lies in; the
-- surveyor's words that stand for no condition, surface or status code are kept in attrs.unmapped.
-- The link is a join driven by the province's units, one polygon against an index of the staged
-- points, so that PostGIS prepares each polygon once instead of once per feature.
CREATE TEMPORARY TABLE staged_point ON COMMIT DROP AS
SELECT fid, ST_PointOnSurface(g) AS p FROM staged WHERE NOT ST_IsEmpty(g);

CREATE INDEX ON staged_point USING gist (p);

ANALYZE staged_point;

CREATE TEMPORARY TABLE staged_unit ON COMMIT DROP AS
SELECT DISTINCT ON (s.fid, u.level) s.fid, u.level, u.id
FROM admin_unit u JOIN staged_point s ON ST_Intersects(u.geom, s.p)
WHERE u.level IN ('commune', 'village') AND u.valid_to IS NULL AND u.province_code = :province
ORDER BY s.fid, u.level, u.id;

INSERT INTO infrastructure (category, subtype, name, geom, commune_id, village_id, condition, status, surface,
                            hardened, attrs, data_source, is_demo, import_job_id, updated_by)
SELECT :category, s.subtype, s.name, s.g, c.id, v.id, s.condition, coalesce(s.status, 'existing'),
       CASE WHEN :category = 'road' THEN s.surface END,
       CASE WHEN :category = 'road' AND s.surface IS NOT NULL THEN s.surface IN ('asphalt', 'concrete', 'gravel') END,
       CASE WHEN s.unmapped <> '{}' THEN jsonb_build_object('unmapped', s.unmapped) ELSE '{}' END,
       :source, false, :job, :actor
FROM staged s
LEFT JOIN staged_unit c ON c.fid = s.fid AND c.level = 'commune'
LEFT JOIN staged_unit v ON v.fid = s.fid AND v.level = 'village'
WHERE NOT ST_IsEmpty(s.g);
