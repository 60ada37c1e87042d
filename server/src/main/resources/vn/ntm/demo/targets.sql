-- The real targets, baselines, reported figures and reporting deadlines of the four provinces'
-- documents (domain addendum §4), each on the unit set it was set on. Real, so not flagged as demo.
-- Runs after generate.sql, safe to run again.

-- generate.sql's targets predate the bases: they put pre-merger counts on the current units.
-- Only the generator writes targets without an author.
DELETE FROM target WHERE created_by IS NULL;

-- Lâm Đồng is not loaded yet: its pre-merger province (no boundary, like the loader's other
-- pre-merger units) carries the KH 47-KH/TU targets, which show under code 68 once it is.
INSERT INTO admin_unit (code, level, kind, name, full_name, name_en, province_code, valid_from, valid_to, data_source)
SELECT '68', 'province', 'tinh', 'Lâm Đồng', 'Tỉnh Lâm Đồng', 'Lam Dong', '68', DATE '2010-01-01', DATE '2025-07-01',
       'KH 47-KH/TU (03/6/2022): tỉnh trước sắp xếp, chưa có ranh giới'
WHERE NOT EXISTS (SELECT 1 FROM admin_unit WHERE level = 'province' AND code = '68' AND valid_to = DATE '2025-07-01');

-- basis: 'pre' = the province's pre-merger unit (code as before 1/7/2025), 'post' = the current one.
INSERT INTO target (unit_id, year, metric, target_value, target_max, value_kind, denominator, decision_no,
                    decision_date, issuer, note, created_by)
SELECT p.id, t.year, t.metric, t.value, t.max, t.kind, t.denominator, t.decision_no, CAST(t.decision_date AS date),
       t.issuer, t.note, 'seed'
FROM (VALUES
    ('14', 'pre', 2025, 'communes_standard', 83, NULL, 'count', 188, 'NQ 22-NQ/TU', '2022-06-06', 'BTV Tỉnh ủy Sơn La',
     '83 xã đạt chuẩn NTM trên 188 xã thuộc chương trình (trước sắp xếp), gồm 4 xã biên giới'),
    ('14', 'pre', 2025, 'border_communes_standard', 4, NULL, 'count', NULL, 'NQ 22-NQ/TU', '2022-06-06', 'BTV Tỉnh ủy Sơn La',
     '4 xã biên giới trong 83 xã đạt chuẩn'),
    ('14', 'pre', 2025, 'communes_advanced', 20, NULL, 'count', 188, 'NQ 22-NQ/TU', '2022-06-06', 'BTV Tỉnh ủy Sơn La', NULL),
    ('14', 'pre', 2025, 'communes_model', 3, 5, 'count', 188, 'NQ 22-NQ/TU', '2022-06-06', 'BTV Tỉnh ủy Sơn La',
     'Từ 3 đến 5 xã NTM kiểu mẫu'),
    ('14', 'pre', 2025, 'communes_below_15', 0, NULL, 'count', 188, 'NQ 22-NQ/TU', '2022-06-06', 'BTV Tỉnh ủy Sơn La',
     'Không còn xã dưới 15 tiêu chí (bộ 19 tiêu chí)'),
    ('14', 'pre', 2025, 'villages_standard', 41, NULL, 'count', NULL, 'NQ 22-NQ/TU', '2022-06-06', 'BTV Tỉnh ủy Sơn La',
     '41 bản đạt chuẩn NTM (bản thuộc các xã chưa đạt chuẩn), trong đó 17 bản kiểu mẫu'),
    ('14', 'pre', 2025, 'villages_model', 17, NULL, 'count', NULL, 'NQ 22-NQ/TU', '2022-06-06', 'BTV Tỉnh ủy Sơn La',
     '17 bản kiểu mẫu trong 41 bản đạt chuẩn'),
    ('14', 'pre', 2030, 'communes_standard', 152, NULL, 'count', 188, 'NQ 22-NQ/TU', '2022-06-06', 'BTV Tỉnh ủy Sơn La',
     '152 xã đạt chuẩn NTM trên 188 xã (trước sắp xếp), gồm 17 xã biên giới'),
    ('14', 'pre', 2030, 'border_communes_standard', 17, NULL, 'count', NULL, 'NQ 22-NQ/TU', '2022-06-06', 'BTV Tỉnh ủy Sơn La',
     '17 xã biên giới trong 152 xã đạt chuẩn'),
    ('14', 'pre', 2030, 'communes_advanced', 58, NULL, 'count', 188, 'NQ 22-NQ/TU', '2022-06-06', 'BTV Tỉnh ủy Sơn La', NULL),
    ('14', 'pre', 2030, 'communes_model', 15, NULL, 'count', 188, 'NQ 22-NQ/TU', '2022-06-06', 'BTV Tỉnh ủy Sơn La', NULL),
    ('14', 'pre', 2030, 'villages_standard', 84, NULL, 'count', NULL, 'NQ 22-NQ/TU', '2022-06-06', 'BTV Tỉnh ủy Sơn La',
     '84 bản đạt chuẩn NTM, trong đó 42 bản kiểu mẫu'),
    ('14', 'pre', 2030, 'villages_model', 42, NULL, 'count', NULL, 'NQ 22-NQ/TU', '2022-06-06', 'BTV Tỉnh ủy Sơn La',
     '42 bản kiểu mẫu trong 84 bản đạt chuẩn'),
    ('12', 'post', 2030, 'communes_standard', 10, NULL, 'count', 36, 'NQ BCH Đảng bộ tỉnh Lai Châu 2026–2030', NULL,
     'BCH Đảng bộ tỉnh Lai Châu', 'Ít nhất 10 xã đạt chuẩn NTM theo bộ tiêu chí QĐ 51/2025/QĐ-TTg (36 xã sau sắp xếp); số, ngày nghị quyết không có trong tài liệu'),
    ('12', 'post', 2035, 'communes_standard', 20, NULL, 'count', 36, 'NQ BCH Đảng bộ tỉnh Lai Châu 2026–2030', NULL,
     'BCH Đảng bộ tỉnh Lai Châu', '20 xã đạt chuẩn NTM (bộ tiêu chí QĐ 51/2025/QĐ-TTg)'),
    ('12', 'post', 2030, 'income_rural', 47.5, NULL, 'count', NULL, 'NQ BCH Đảng bộ tỉnh Lai Châu 2026–2030', NULL,
     'BCH Đảng bộ tỉnh Lai Châu', '47,5 triệu đồng/người/năm'),
    ('12', 'post', 2030, 'poverty_rate', 10, NULL, 'percent', NULL, 'NQ BCH Đảng bộ tỉnh Lai Châu 2026–2030', NULL,
     'BCH Đảng bộ tỉnh Lai Châu', 'Tỷ lệ hộ nghèo đa chiều dưới 10%; giảm 3–4%/năm'),
    ('12', 'post', 2030, 'dbkk_communes', 0, NULL, 'count', 36, 'NQ BCH Đảng bộ tỉnh Lai Châu 2026–2030', NULL,
     'BCH Đảng bộ tỉnh Lai Châu', 'Cơ bản không còn xã đặc biệt khó khăn (32/36 xã năm 2025)'),
    ('12', 'post', 2030, 'dbkk_villages', 0, NULL, 'count', 956, 'NQ BCH Đảng bộ tỉnh Lai Châu 2026–2030', NULL,
     'BCH Đảng bộ tỉnh Lai Châu', 'Cơ bản không còn thôn, bản đặc biệt khó khăn (564/956 bản năm 2025)'),
    ('12', 'post', 2030, 'trained_labour', 70.5, NULL, 'percent', NULL, 'NQ BCH Đảng bộ tỉnh Lai Châu 2026–2030', NULL,
     'BCH Đảng bộ tỉnh Lai Châu', NULL),
    ('12', 'post', 2030, 'cooperatives', 460, NULL, 'count', NULL, 'NQ BCH Đảng bộ tỉnh Lai Châu 2026–2030', NULL,
     'BCH Đảng bộ tỉnh Lai Châu', 'Khoảng 460 HTX, trong đó trên 250 HTX nông, lâm, thủy sản'),
    ('12', 'post', 2030, 'pct_commune_roads_hardened', 95, NULL, 'percent', NULL, 'NQ BCH Đảng bộ tỉnh Lai Châu 2026–2030',
     NULL, 'BCH Đảng bộ tỉnh Lai Châu', 'Trên 95% đường xã được cứng hóa'),
    ('12', 'post', 2030, 'pct_rural_clean_water', 80, NULL, 'percent', NULL, 'NQ BCH Đảng bộ tỉnh Lai Châu 2026–2030',
     NULL, 'BCH Đảng bộ tỉnh Lai Châu', '80% dân số nông thôn dùng nước sạch'),
    ('12', 'post', 2030, 'pct_households_grid', 99, NULL, 'percent', NULL, 'NQ BCH Đảng bộ tỉnh Lai Châu 2026–2030',
     NULL, 'BCH Đảng bộ tỉnh Lai Châu', '99% hộ dùng điện lưới quốc gia'),
    ('12', 'post', 2030, 'pct_solid_waste_collected', 90, NULL, 'percent', NULL, 'NQ BCH Đảng bộ tỉnh Lai Châu 2026–2030',
     NULL, 'BCH Đảng bộ tỉnh Lai Châu', '90% chất thải rắn sinh hoạt nông thôn được thu gom, xử lý'),
    ('68', 'pre', 2025, 'communes_standard', 100, NULL, 'percent', 111, 'KH 47-KH/TU', '2022-06-03', 'BTV Tỉnh ủy Lâm Đồng',
     '100% (111/111 xã, trước sắp xếp)'),
    ('68', 'pre', 2025, 'communes_advanced', 40, NULL, 'percent', 111, 'KH 47-KH/TU', '2022-06-03', 'BTV Tỉnh ủy Lâm Đồng',
     'Ít nhất 40% số xã đạt chuẩn NTM nâng cao (khoảng 47 xã)'),
    ('68', 'pre', 2025, 'communes_model', 15, NULL, 'percent', 111, 'KH 47-KH/TU', '2022-06-03', 'BTV Tỉnh ủy Lâm Đồng',
     '15% số xã đạt chuẩn NTM kiểu mẫu (khoảng 17 xã), tính trên toàn bộ 111 xã'))
    AS t (province, basis, year, metric, value, max, kind, denominator, decision_no, decision_date, issuer, note)
JOIN admin_unit p ON p.level = 'province' AND p.province_code = t.province AND p.code = t.province
 AND (p.valid_to IS NULL) = (t.basis = 'post')
ON CONFLICT (unit_id, year, metric) DO NOTHING;

INSERT INTO target_baseline (unit_id, metric, year, value, denominator, source_document)
SELECT p.id, b.metric, b.year, b.value, b.denominator, b.source
FROM (VALUES
    ('14', '14', 'pre', 'communes_standard', NULL, 54, 188, 'NQ 22-NQ/TU (06/6/2022) §I'),
    ('14', '14', 'pre', 'communes_advanced', NULL, 5, 188, 'NQ 22-NQ/TU (06/6/2022) §I'),
    ('14', '14', 'pre', 'villages_standard', NULL, 9, NULL, 'NQ 22-NQ/TU (06/6/2022) §I'),
    ('14', '14', 'pre', 'poverty_rate', 2021, 15.1, NULL, 'NQ 22-NQ/TU (06/6/2022) §I'),
    ('15', '10', 'pre', 'communes_standard', NULL, 61, 127, 'Chỉ thị BTV Tỉnh ủy Lào Cai 2021–2025 (số, ngày không có trong tài liệu)'),
    ('15', '10', 'pre', 'communes_advanced', NULL, 1, 127, 'Chỉ thị BTV Tỉnh ủy Lào Cai 2021–2025 (số, ngày không có trong tài liệu)'),
    ('12', '12', 'post', 'dbkk_communes', 2025, 32, 36, 'NQ BCH Đảng bộ tỉnh Lai Châu 2026–2030 §I'),
    ('12', '12', 'post', 'dbkk_villages', 2025, 564, 956, 'NQ BCH Đảng bộ tỉnh Lai Châu 2026–2030 §I'))
    AS b (province, code, basis, metric, year, value, denominator, source)
JOIN admin_unit p ON p.level = 'province' AND p.code = b.code AND (p.valid_to IS NULL) = (b.basis = 'post')
ON CONFLICT (unit_id, metric, source_document) DO NOTHING;

-- Lai Châu's 2025 figures as its resolution reports them: actuals of its income and poverty targets.
INSERT INTO target_observation (province_code, metric, year, value, source_document, created_by)
VALUES ('12', 'poverty_rate', 2025, 17.24, 'NQ BCH Đảng bộ tỉnh Lai Châu 2026–2030 §I', 'seed'),
       ('12', 'income_rural', 2025, 28.9, 'NQ BCH Đảng bộ tỉnh Lai Châu 2026–2030 §I', 'seed')
ON CONFLICT (province_code, metric, year) DO NOTHING;

-- Sơn La wants its annual report before 15/12 (NQ 22-NQ/TU §V.3), Lào Cai asks for six-monthly and
-- annual reports without a date in the seed.
INSERT INTO reporting_deadline (province_code, period, due_month, due_day, source)
VALUES ('14', 'year', 12, 15, 'NQ 22-NQ/TU §V.3: báo cáo trước ngày 15/12 hằng năm'),
       ('15', 'H1', NULL, NULL, 'Chỉ thị BTV Tỉnh ủy Lào Cai: báo cáo 6 tháng (chưa quy định ngày)'),
       ('15', 'year', NULL, NULL, 'Chỉ thị BTV Tỉnh ủy Lào Cai: báo cáo hằng năm (chưa quy định ngày)')
ON CONFLICT (province_code, period) DO NOTHING;

-- The generator's classifications are made up: flag the rows no decision wrote.
UPDATE commune_classification SET is_demo = true
WHERE dbkk_decision_id IS NULL AND group_decision_id IS NULL AND border_decision_id IS NULL
  AND safe_zone_decision_id IS NULL AND NOT is_demo;
