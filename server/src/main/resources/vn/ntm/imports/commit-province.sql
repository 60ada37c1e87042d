-- A province's communes, loaded or replaced from the staged file: a commune whose code is current in
-- the province keeps its id (and so its status, criteria and targets) and takes the file's shape and
-- name; a new code is added; a current commune the file lacks ends today, with its villages (records
-- stay attached to the ended unit). The province is added when new, takes the name the file gives and
-- the union of its communes as outline. What changed is kept in import_change for undo.
INSERT INTO import_change (job_id, entity, entity_id, before)
SELECT :job, 'admin_unit', u.id,
       jsonb_build_object('name', u.name, 'full_name', u.full_name, 'kind', u.kind, 'parent_id', u.parent_id,
                          'import_job_id', u.import_job_id, 'valid_to', u.valid_to, 'area_km2', u.area_km2,
                          'geom', encode(ST_AsEWKB(u.geom), 'hex'))
FROM admin_unit u
WHERE u.valid_to IS NULL AND u.province_code = :province
  AND (u.level IN ('province', 'commune')
       OR u.level = 'village' AND NOT EXISTS (SELECT 1 FROM staged s JOIN admin_unit c ON c.code = s.code
                                              WHERE c.id = u.parent_id));

INSERT INTO admin_unit (code, level, kind, name, full_name, province_code, valid_from, data_source, is_demo,
                        import_job_id)
SELECT :province, 'province', CASE WHEN CAST(:province_name AS text) LIKE 'Thành phố %' THEN 'thanh_pho' ELSE 'tinh' END,
       regexp_replace(CAST(:province_name AS text), '^(Tỉnh|Thành phố) ', ''), CAST(:province_name AS text), :province,
       greatest(date '2025-07-01', (SELECT max(o.valid_to) FROM admin_unit o WHERE o.level = 'province' AND o.code = :province)),
       :source, false, :job
WHERE NOT EXISTS (SELECT 1 FROM admin_unit p WHERE p.level = 'province' AND p.code = :province AND p.valid_to IS NULL);

CREATE TEMPORARY TABLE staged_commune ON COMMIT DROP AS
SELECT s.code, s.name, ST_Multi(ST_CollectionExtract(s.g, 3)) AS geom,
       regexp_replace(s.name, '^(Xã|Phường|Thị trấn|Đặc khu) ', '') AS short_name,
       CASE WHEN s.name LIKE 'Phường %' THEN 'phuong' WHEN s.name LIKE 'Thị trấn %' THEN 'thi_tran'
            WHEN s.name LIKE 'Đặc khu %' THEN 'dac_khu' ELSE 'xa' END AS kind,
       round((ST_Area(s.g::geography) / 1e6)::numeric, 2) AS area_km2
FROM staged s;

UPDATE admin_unit u
SET geom = s.geom, full_name = s.name, name = s.short_name, kind = s.kind, area_km2 = s.area_km2,
    import_job_id = :job, row_version = u.row_version + 1
FROM staged_commune s
WHERE u.code = s.code AND u.level = 'commune' AND u.valid_to IS NULL AND u.province_code = :province;

INSERT INTO admin_unit (code, level, kind, name, full_name, parent_id, province_code, region, valid_from, area_km2,
                        geom, data_source, is_demo, import_job_id)
SELECT s.code, 'commune', s.kind, s.short_name, s.name, p.id, :province, p.region,
       greatest(date '2025-07-01', (SELECT max(o.valid_to) FROM admin_unit o WHERE o.level = 'commune' AND o.code = s.code)),
       s.area_km2, s.geom, :source, false, :job
FROM staged_commune s
JOIN admin_unit p ON p.level = 'province' AND p.code = :province AND p.valid_to IS NULL
WHERE NOT EXISTS (SELECT 1 FROM admin_unit u WHERE u.code = s.code AND u.level = 'commune' AND u.valid_to IS NULL);

UPDATE admin_unit u
SET valid_to = greatest(current_date, u.valid_from + 1), import_job_id = :job, row_version = u.row_version + 1
WHERE u.valid_to IS NULL AND u.province_code = :province AND u.level IN ('commune', 'village')
  AND u.id IN (SELECT c.entity_id FROM import_change c WHERE c.job_id = :job AND c.entity = 'admin_unit')
  AND NOT EXISTS (SELECT 1 FROM staged s WHERE s.code = u.code AND u.level = 'commune')
  AND NOT (u.level = 'village' AND EXISTS (SELECT 1 FROM staged s JOIN admin_unit c ON c.code = s.code
                                           WHERE c.id = u.parent_id));

UPDATE admin_unit p
SET geom = (SELECT ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Union(c.geom)), 3)) FROM admin_unit c
            WHERE c.level = 'commune' AND c.valid_to IS NULL AND c.province_code = :province),
    name = coalesce(regexp_replace(CAST(:province_name AS text), '^(Tỉnh|Thành phố) ', ''), p.name),
    full_name = coalesce(CAST(:province_name AS text), p.full_name),
    kind = CASE WHEN CAST(:province_name AS text) IS NULL THEN p.kind
                WHEN CAST(:province_name AS text) LIKE 'Thành phố %' THEN 'thanh_pho' ELSE 'tinh' END,
    import_job_id = :job, row_version = p.row_version + 1
WHERE p.level = 'province' AND p.code = :province AND p.valid_to IS NULL;

UPDATE admin_unit p
SET area_km2 = round((ST_Area(p.geom::geography) / 1e6)::numeric, 2)
WHERE p.level = 'province' AND p.code = :province AND p.valid_to IS NULL;
