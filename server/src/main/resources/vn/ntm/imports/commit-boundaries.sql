-- Villages or communes: a staged feature whose code is a current unit of the level in the province
-- replaces that unit's boundary (the old one is kept for undo); villages with a new or no code are added.
INSERT INTO import_change (job_id, entity, entity_id, before)
SELECT :job, 'admin_unit', u.id,
       jsonb_build_object('name', u.name, 'full_name', u.full_name, 'parent_id', u.parent_id,
                          'import_job_id', u.import_job_id, 'geom', encode(ST_AsEWKB(u.geom), 'hex'))
FROM admin_unit u JOIN staged s ON s.code = u.code
WHERE u.level = :level AND u.valid_to IS NULL AND u.province_code = :province;

UPDATE admin_unit u
SET geom = ST_Multi(ST_CollectionExtract(s.g, 3)),
    name = coalesce(s.name_short, u.name), full_name = coalesce(s.name, u.full_name),
    parent_id = CASE WHEN u.level = 'village' THEN coalesce(s.commune_id, u.parent_id) ELSE u.parent_id END,
    import_job_id = :job, row_version = u.row_version + 1
FROM (SELECT staged.*, regexp_replace(staged.name, '^(Thôn|Bản|Tổ dân phố|Tổ|Ấp|Khu|Xóm|Xã|Phường|Đặc khu) ', '') AS name_short,
             (SELECT c.id FROM admin_unit c WHERE c.level = 'commune' AND c.valid_to IS NULL
                AND c.province_code = :province
                AND (c.code = staged.commune_code OR (staged.commune_code IS NULL
                     AND ST_Intersects(c.geom, ST_PointOnSurface(staged.g))))
              ORDER BY c.code = staged.commune_code DESC LIMIT 1) AS commune_id
      FROM staged) s
WHERE u.code = s.code AND u.level = :level AND u.valid_to IS NULL AND u.province_code = :province;

INSERT INTO admin_unit (code, level, kind, name, full_name, parent_id, province_code, region, valid_from, geom,
                        data_source, is_demo, import_job_id)
SELECT coalesce(s.code, c.code || '-N' || s.fid), 'village',
       CASE WHEN s.name LIKE 'Bản %' THEN 'ban' ELSE 'thon' END,
       regexp_replace(s.name, '^(Thôn|Bản|Tổ dân phố|Tổ|Ấp|Khu|Xóm) ', ''), s.name, c.id, :province, c.region,
       current_date, ST_Multi(ST_CollectionExtract(s.g, 3)), :source, false, :job
FROM staged s
JOIN LATERAL (SELECT c.* FROM admin_unit c WHERE c.level = 'commune' AND c.valid_to IS NULL
                AND c.province_code = :province
                AND (c.code = s.commune_code OR (s.commune_code IS NULL AND ST_Intersects(c.geom, ST_PointOnSurface(s.g))))
              ORDER BY c.code = s.commune_code DESC LIMIT 1) c ON true
WHERE :level = 'village'
  AND NOT EXISTS (SELECT 1 FROM admin_unit u WHERE u.code = s.code AND u.level = 'village' AND u.valid_to IS NULL);
