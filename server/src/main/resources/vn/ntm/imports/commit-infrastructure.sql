-- Infrastructure: every staged feature is added, linked to the commune and village it lies in.
INSERT INTO infrastructure (category, subtype, name, geom, commune_id, village_id, condition, status, surface,
                            hardened, data_source, is_demo, import_job_id, updated_by)
SELECT :category, s.subtype, s.name, s.g,
       (SELECT c.id FROM admin_unit c WHERE c.level = 'commune' AND c.valid_to IS NULL AND c.province_code = :province
          AND ST_Intersects(c.geom, ST_PointOnSurface(s.g)) LIMIT 1),
       (SELECT v.id FROM admin_unit v WHERE v.level = 'village' AND v.valid_to IS NULL AND v.province_code = :province
          AND ST_Intersects(v.geom, ST_PointOnSurface(s.g)) LIMIT 1),
       s.condition, 'existing',
       CASE WHEN :category = 'road' THEN s.surface END,
       CASE WHEN :category = 'road' AND s.surface IS NOT NULL THEN s.surface IN ('asphalt', 'concrete', 'gravel') END,
       :source, false, :job, :actor
FROM staged s
WHERE NOT ST_IsEmpty(s.g);
