-- The national commune criteria sets of three programme periods, as data.
-- Criterion names are confirmed (shared/domain/ntm-rules.md §2); indicator wording is indicative
-- (source_note says so) and only thresholds confirmed by a source are seeded.
INSERT INTO legal_document (number, doc_type, issuer, title, sign_date, effective_date) VALUES
    ('1980/QĐ-TTg', 'QĐ', 'Thủ tướng Chính phủ',
     'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020', '2016-10-17', '2016-12-01'),
    ('318/QĐ-TTg', 'QĐ', 'Thủ tướng Chính phủ',
     'Bộ tiêu chí quốc gia về xã nông thôn mới và xã nông thôn mới nâng cao giai đoạn 2021–2025', '2022-03-08', '2022-03-08'),
    ('319/QĐ-TTg', 'QĐ', 'Thủ tướng Chính phủ',
     'Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021–2025', '2022-03-08', '2022-03-08'),
    ('18/2022/QĐ-TTg', 'QĐ', 'Thủ tướng Chính phủ',
     'Điều kiện, trình tự, thủ tục, hồ sơ xét, công nhận, công bố và thu hồi quyết định công nhận địa phương đạt chuẩn nông thôn mới',
     '2022-08-02', '2022-09-20'),
    ('51/2025/QĐ-TTg', 'QĐ', 'Thủ tướng Chính phủ',
     'Bộ tiêu chí quốc gia về nông thôn mới các cấp giai đoạn 2026–2030', '2025-12-29', '2026-02-15'),
    ('202/2025/QH15', 'NQ', 'Quốc hội',
     'Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh', '2025-06-12', '2025-07-01');

INSERT INTO criteria_set (code, name_vi, name_en, tier, unit_level, year_from, year_to, legal_document_id)
SELECT s.code, s.name_vi, s.name_en, 'standard', 'commune', s.year_from, s.year_to, d.id
FROM (VALUES
    ('XA_NTM_2016_2020', 'Bộ tiêu chí xã NTM 2016–2020', 'Commune NTM criteria 2016–2020', 2016, 2020, '1980/QĐ-TTg'),
    ('XA_NTM_2021_2025', 'Bộ tiêu chí xã NTM 2021–2025', 'Commune NTM criteria 2021–2025', 2021, 2025, '318/QĐ-TTg'),
    ('XA_NTM_2026_2030', 'Bộ tiêu chí xã NTM 2026–2030', 'Commune NTM criteria 2026–2030', 2026, 2030, '51/2025/QĐ-TTg'))
    AS s (code, name_vi, name_en, year_from, year_to, doc)
JOIN legal_document d ON d.number = s.doc;

-- 2016–2020 and 2021–2025 share the 19-criterion, five-group layout; four names changed in 2021.
WITH nineteen (number, name_1980, name_318, name_en_1980, name_en_318, group_vi, group_en, is_key) AS (VALUES
    (1,  'Quy hoạch', 'Quy hoạch', 'Planning', 'Planning', 'Quy hoạch', 'Planning', false),
    (2,  'Giao thông', 'Giao thông', 'Transport', 'Transport', 'Hạ tầng kinh tế – xã hội', 'Socio-economic infrastructure', false),
    (3,  'Thủy lợi', 'Thủy lợi và phòng, chống thiên tai', 'Irrigation', 'Irrigation and disaster prevention', 'Hạ tầng kinh tế – xã hội', 'Socio-economic infrastructure', false),
    (4,  'Điện', 'Điện', 'Electricity', 'Electricity', 'Hạ tầng kinh tế – xã hội', 'Socio-economic infrastructure', false),
    (5,  'Trường học', 'Trường học', 'Schools', 'Schools', 'Hạ tầng kinh tế – xã hội', 'Socio-economic infrastructure', false),
    (6,  'Cơ sở vật chất văn hóa', 'Cơ sở vật chất văn hóa', 'Cultural facilities', 'Cultural facilities', 'Hạ tầng kinh tế – xã hội', 'Socio-economic infrastructure', false),
    (7,  'Cơ sở hạ tầng thương mại nông thôn', 'Cơ sở hạ tầng thương mại nông thôn', 'Rural commercial infrastructure', 'Rural commercial infrastructure', 'Hạ tầng kinh tế – xã hội', 'Socio-economic infrastructure', false),
    (8,  'Thông tin và Truyền thông', 'Thông tin và Truyền thông', 'Information and communication', 'Information and communication', 'Hạ tầng kinh tế – xã hội', 'Socio-economic infrastructure', false),
    (9,  'Nhà ở dân cư', 'Nhà ở dân cư', 'Rural housing', 'Rural housing', 'Hạ tầng kinh tế – xã hội', 'Socio-economic infrastructure', false),
    (10, 'Thu nhập', 'Thu nhập', 'Income', 'Income', 'Kinh tế và tổ chức sản xuất', 'Economy and production', true),
    (11, 'Hộ nghèo', 'Nghèo đa chiều', 'Poor households', 'Multidimensional poverty', 'Kinh tế và tổ chức sản xuất', 'Economy and production', false),
    (12, 'Lao động có việc làm', 'Lao động', 'Employment', 'Labour', 'Kinh tế và tổ chức sản xuất', 'Economy and production', false),
    (13, 'Tổ chức sản xuất', 'Tổ chức sản xuất và phát triển kinh tế nông thôn', 'Production organisation', 'Production organisation and rural economy', 'Kinh tế và tổ chức sản xuất', 'Economy and production', false),
    (14, 'Giáo dục và Đào tạo', 'Giáo dục và Đào tạo', 'Education and training', 'Education and training', 'Văn hóa – Xã hội – Môi trường', 'Culture, society and environment', false),
    (15, 'Y tế', 'Y tế', 'Health', 'Health', 'Văn hóa – Xã hội – Môi trường', 'Culture, society and environment', false),
    (16, 'Văn hóa', 'Văn hóa', 'Culture', 'Culture', 'Văn hóa – Xã hội – Môi trường', 'Culture, society and environment', false),
    (17, 'Môi trường và an toàn thực phẩm', 'Môi trường và an toàn thực phẩm', 'Environment and food safety', 'Environment and food safety', 'Văn hóa – Xã hội – Môi trường', 'Culture, society and environment', true),
    (18, 'Hệ thống chính trị và tiếp cận pháp luật', 'Hệ thống chính trị và tiếp cận pháp luật', 'Political system and access to law', 'Political system and access to law', 'Hệ thống chính trị', 'Political system', false),
    (19, 'Quốc phòng và An ninh', 'Quốc phòng và An ninh', 'Defence and security', 'Defence and security', 'Hệ thống chính trị', 'Political system', true))
INSERT INTO criterion (set_id, number, name_vi, name_en, group_vi, group_en, is_key)
SELECT s.id, n.number,
       CASE s.code WHEN 'XA_NTM_2016_2020' THEN n.name_1980 ELSE n.name_318 END,
       CASE s.code WHEN 'XA_NTM_2016_2020' THEN n.name_en_1980 ELSE n.name_en_318 END,
       n.group_vi, n.group_en, n.is_key AND s.code = 'XA_NTM_2021_2025'
FROM nineteen n
CROSS JOIN criteria_set s
WHERE s.code IN ('XA_NTM_2016_2020', 'XA_NTM_2021_2025');

-- QĐ 51/2025: ten criteria, thresholds per commune group 1–3 instead of the seven regions.
INSERT INTO criterion (set_id, number, name_vi, name_en)
SELECT s.id, c.number, c.name_vi, c.name_en
FROM criteria_set s
CROSS JOIN (VALUES
    (1,  'Quy hoạch', 'Planning'),
    (2,  'Hạ tầng kinh tế – xã hội', 'Socio-economic infrastructure'),
    (3,  'Phát triển kinh tế nông thôn', 'Rural economic development'),
    (4,  'Đào tạo nguồn nhân lực nông thôn', 'Rural human resources training'),
    (5,  'Văn hóa, giáo dục, y tế', 'Culture, education and health'),
    (6,  'Giảm nghèo và an sinh xã hội', 'Poverty reduction and social security'),
    (7,  'Khoa học công nghệ và chuyển đổi số', 'Science, technology and digital transformation'),
    (8,  'Môi trường và cảnh quan nông thôn', 'Rural environment and landscape'),
    (9,  'Xây dựng hệ thống chính trị và hành chính công', 'Political system and public administration'),
    (10, 'Tiếp cận pháp luật và an ninh, quốc phòng', 'Access to law, security and defence'))
    AS c (number, name_vi, name_en)
WHERE s.code = 'XA_NTM_2026_2030';

-- Indicators of QĐ 318 that the map and the demo use.
INSERT INTO indicator (criterion_id, code, name_vi, name_en, value_type, unit, comparator, source_note)
SELECT c.id, i.code, i.name_vi, i.name_en, i.value_type, i.unit, i.comparator,
       'Wording indicative: verify against QĐ 318/QĐ-TTg Phụ lục I'
FROM (VALUES
    (2,  '2.1',  'Đường xã được nhựa hóa hoặc bê tông hóa, ô tô đi lại thuận tiện quanh năm', 'Commune roads asphalted or concreted, passable all year', 'percent', '%', '>='),
    (2,  '2.2',  'Đường thôn, bản, liên thôn ít nhất được cứng hóa', 'Village and inter-village roads at least hardened', 'percent', '%', '>='),
    (2,  '2.3',  'Đường ngõ, xóm sạch và đi lại thuận tiện quanh năm', 'Lanes clean and passable all year', 'percent', '%', '>='),
    (2,  '2.4',  'Đường trục chính nội đồng vận chuyển hàng hóa thuận tiện quanh năm', 'Main field roads carry goods all year', 'percent', '%', '>='),
    (3,  '3.1',  'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động', 'Farmland with active irrigation and drainage', 'percent', '%', '>='),
    (3,  '3.2',  'Đảm bảo yêu cầu chủ động phòng, chống thiên tai theo phương châm 4 tại chỗ', 'Disaster preparedness ("4 on-the-spot")', 'bool', NULL, '='),
    (4,  '4.1',  'Hệ thống điện đạt chuẩn', 'Electricity system meets the standard', 'bool', NULL, '='),
    (4,  '4.2',  'Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn', 'Households with regular, safe electricity', 'percent', '%', '>='),
    (5,  '5',    'Tỷ lệ trường học có cơ sở vật chất và thiết bị dạy học đạt chuẩn', 'Schools with facilities meeting the standard', 'percent', '%', '>='),
    (10, '10',   'Thu nhập bình quân đầu người khu vực nông thôn', 'Rural income per capita', 'number', 'triệu đồng/người/năm', '>='),
    (11, '11',   'Tỷ lệ nghèo đa chiều', 'Multidimensional poverty rate', 'percent', '%', '<='),
    (15, '15.1', 'Tỷ lệ người dân tham gia bảo hiểm y tế', 'Health insurance coverage', 'percent', '%', '>='),
    (17, '17.1', 'Tỷ lệ hộ được sử dụng nước sạch, hợp vệ sinh theo quy chuẩn', 'Households with clean, hygienic water', 'percent', '%', '>='))
    AS i (criterion, code, name_vi, name_en, value_type, unit, comparator)
JOIN criterion c ON c.number = i.criterion
JOIN criteria_set s ON s.id = c.set_id AND s.code = 'XA_NTM_2021_2025';

-- Thresholds confirmed by sources: 2.1 = 100% everywhere; 2022 rural income for the northern
-- midlands and mountains (also used by ĐBKK communes elsewhere) and for the South-East.
INSERT INTO threshold (indicator_id, scope, year_from, year_to, value_numeric, legal_document_id)
SELECT i.id, t.scope, t.year_from, t.year_to, t.value, d.id
FROM (VALUES
    ('2.1', 'general',        2021, 2025, 100),
    ('10',  'region:tdmnpb',  2022, 2022, 39),
    ('10',  'special:dbkk',   2022, 2022, 39),
    ('10',  'region:dnb',     2022, 2022, 59))
    AS t (code, scope, year_from, year_to, value)
JOIN indicator i ON i.code = t.code
JOIN criterion c ON c.id = i.criterion_id
JOIN criteria_set s ON s.id = c.set_id AND s.code = 'XA_NTM_2021_2025'
JOIN legal_document d ON d.number = '318/QĐ-TTg';
