-- Records of every kind as the schema of version 10 held them (units, criteria results, a recognition,
-- infrastructure with an inspection photo, a citizen's report with its photo, an account, a committed
-- import and its audit entry), loaded before the later migrations run over them.
INSERT INTO admin_unit (code, level, kind, name, full_name, name_en, province_code, region, valid_from, area_km2,
                        geom, data_source)
VALUES ('14', 'province', 'tinh', 'Sơn La', 'Tỉnh Sơn La', 'Son La', '14', 'trung_du_mien_nui_phia_bac',
        '2020-01-01', 14123.50,
        ST_Multi(ST_MakeEnvelope(103.0, 20.6, 105.0, 22.0, 4326)), 'Ranh giới 2020'),
       ('03679', 'commune', 'xa', 'Chiềng Sinh', 'Xã Chiềng Sinh', 'Chieng Sinh', '14', 'trung_du_mien_nui_phia_bac',
        '2020-01-01', 68.40,
        ST_Multi(ST_MakeEnvelope(103.93, 21.25, 104.03, 21.37, 4326)), 'Ranh giới 2020');
UPDATE admin_unit SET parent_id = (SELECT id FROM admin_unit WHERE code = '14') WHERE code = '03679';

INSERT INTO criterion_result (unit_id, year, criterion_id, result, evidence, updated_by)
SELECT u.id, 2024, c.id, 'met', 'Biên bản thẩm định số ' || c.number, 'ke.hoach.sonla'
FROM admin_unit u, criterion c JOIN criteria_set s ON s.id = c.set_id
WHERE u.code = '03679' AND s.code = 'XA_NTM_2021_2025';

INSERT INTO status_event (unit_id, event, level, event_date, decision_no, decision_date, signer, criteria_set_id,
                          note, created_by)
SELECT u.id, 'recognized', 'standard', '2024-12-01', '3456/QĐ-UBND', '2024-11-28', 'Chủ tịch UBND tỉnh', s.id,
       'Công nhận đạt chuẩn', 'ke.hoach.sonla'
FROM admin_unit u, criteria_set s WHERE u.code = '03679' AND s.code = 'XA_NTM_2021_2025';

INSERT INTO import_job (province_code, target_layer, file_name, file_size, format, status, crs, encoding,
                        feature_count, created_by, committed_at)
VALUES ('14', 'infrastructure', 'duong-giao-thong.zip', 48213, 'ESRI Shapefile', 'committed', 'EPSG:9206', 'UTF-8',
        1, 'ke.hoach.sonla', '2024-10-02 09:00+07');

INSERT INTO infrastructure (category, subtype, name, geom, commune_id, condition, surface, hardened, attrs,
                            built_year, data_source, import_job_id, updated_by)
SELECT 'road', 'commune_road', 'Đường trục xã Chiềng Sinh',
       ST_GeomFromText('LINESTRING(103.95 21.30, 103.99 21.31, 104.01 21.33)', 4326), u.id, 'fair', 'concrete',
       true, '{"width_m": 3.5}', 2019, 'Nhập từ tệp duong-giao-thong.zip', j.id, 'ke.hoach.sonla'
FROM admin_unit u, import_job j WHERE u.code = '03679';

INSERT INTO inspection (infrastructure_id, inspected_on, note, photo_type, photo, created_by)
SELECT id, '2024-11-05', 'Mặt đường nứt 20 m', 'image/png', decode('89504e470d0a1a0a0000000d4948445200', 'hex'),
       'can.bo.chiengsinh'
FROM infrastructure;

INSERT INTO feedback (reference, category, description, location, commune_id, reporter_contact, status,
                      infrastructure_id)
SELECT 'PA-2024-0001', 'road_damage', 'Đường bị sạt lở sau mưa lớn', ST_SetSRID(ST_MakePoint(103.98, 21.31), 4326),
       u.id, '0912345678', 'accepted', i.id
FROM admin_unit u, infrastructure i WHERE u.code = '03679';
INSERT INTO feedback_photo (feedback_id, content_type, bytes)
SELECT id, 'image/jpeg', decode('ffd8ffe000104a464946', 'hex') FROM feedback;

INSERT INTO app_user (username, display_name, password_hash, role, province_code)
VALUES ('ke.hoach.sonla', 'Phòng Kế hoạch Sơn La', '{bcrypt}$2a$10$abcdefghijklmnopqrstuuJ3hWq0cE1bJ9w6y3y3y3y3y3y3y3y3y',
        'province_planner', '14');

INSERT INTO audit_log (actor, action, entity, entity_id, province_code, before, after)
SELECT 'ke.hoach.sonla', 'commit', 'import', id::text, '14', NULL, '{"features": 1}' FROM import_job;
