-- The 2021–2025 advanced (nâng cao) and model (kiểu mẫu) sets, each commune's classification per
-- year, and the threshold that applies to a commune's indicator in a year.
ALTER TABLE criteria_set ADD COLUMN note text;

UPDATE criteria_set SET note = 'Criterion names confirmed; indicator wording indicative' WHERE code = 'XA_NTM_2021_2025';

INSERT INTO criteria_set (code, name_vi, name_en, tier, unit_level, year_from, year_to, legal_document_id, note)
SELECT s.code, s.name_vi, s.name_en, s.tier, 'commune', 2021, 2025, d.id, s.note
FROM (VALUES
    ('XA_NTM_NANG_CAO_2021_2025', 'Bộ tiêu chí xã NTM nâng cao 2021–2025', 'Advanced commune NTM criteria 2021–2025',
     'advanced', '318/QĐ-TTg', 'Criterion names partly confirmed: verify against QĐ 318/QĐ-TTg Phụ lục II'),
    ('XA_NTM_KIEU_MAU_2021_2025', 'Quy định xã NTM kiểu mẫu 2021–2025', 'Model commune conditions 2021–2025',
     'model', '319/QĐ-TTg', 'The four conditions of QĐ 319/QĐ-TTg'))
    AS s (code, name_vi, name_en, tier, doc, note)
JOIN legal_document d ON d.number = s.doc;

INSERT INTO criterion (set_id, number, name_vi, name_en, is_key)
SELECT s.id, c.number, c.name_vi, c.name_en, c.is_key
FROM criteria_set s
CROSS JOIN (VALUES
    (1,  'Quy hoạch', 'Planning', false),
    (2,  'Giao thông', 'Transport', false),
    (3,  'Thủy lợi và phòng, chống thiên tai', 'Irrigation and disaster prevention', false),
    (4,  'Điện', 'Electricity', false),
    (5,  'Giáo dục', 'Education', false),
    (6,  'Văn hóa', 'Culture', false),
    (7,  'Cơ sở hạ tầng thương mại nông thôn', 'Rural commercial infrastructure', false),
    (8,  'Thông tin và Truyền thông', 'Information and communication', false),
    (9,  'Nhà ở dân cư', 'Rural housing', false),
    (10, 'Thu nhập', 'Income', true),
    (11, 'Nghèo đa chiều', 'Multidimensional poverty', false),
    (12, 'Lao động', 'Labour', false),
    (13, 'Tổ chức sản xuất và phát triển kinh tế', 'Production organisation and economy', false),
    (14, 'Y tế', 'Health', false),
    (15, 'Hành chính công', 'Public administration', false),
    (16, 'Tiếp cận pháp luật', 'Access to law', false),
    (17, 'Môi trường', 'Environment', true),
    (18, 'Chất lượng môi trường sống', 'Quality of the living environment', true),
    (19, 'Quốc phòng và An ninh', 'Defence and security', true))
    AS c (number, name_vi, name_en, is_key)
WHERE s.code = 'XA_NTM_NANG_CAO_2021_2025';

INSERT INTO criterion (set_id, number, name_vi, name_en)
SELECT s.id, c.number, c.name_vi, c.name_en
FROM criteria_set s
CROSS JOIN (VALUES
    (1, 'Đạt chuẩn xã NTM nâng cao giai đoạn 2021–2025', 'Advanced NTM standard of 2021–2025 met'),
    (2, 'Thu nhập bình quân đầu người ≥ 110% mức thu nhập của xã NTM nâng cao', 'Income per capita at least 110% of the advanced level'),
    (3, 'Có ít nhất một mô hình thôn thông minh', 'At least one smart village'),
    (4, 'Đạt tiêu chí kiểu mẫu ở lĩnh vực nổi trội', 'Model criteria met in a leading field'))
    AS c (number, name_vi, name_en)
WHERE s.code = 'XA_NTM_KIEU_MAU_2021_2025';

-- Per commune and year: the 2026–2030 commune group (1–3) and whether it is an extremely
-- disadvantaged (ĐBKK) commune, which takes the northern midlands and mountains thresholds.
CREATE TABLE commune_classification (
    unit_id       bigint NOT NULL REFERENCES admin_unit (id),
    year          smallint NOT NULL,
    commune_group smallint CHECK (commune_group BETWEEN 1 AND 3),
    dbkk          boolean NOT NULL DEFAULT false,
    PRIMARY KEY (unit_id, year)
);

-- The threshold for an indicator of a unit in a year, most specific first: a provincial override,
-- then the ĐBKK rule, then the commune group or region, then the general value.
CREATE FUNCTION applicable_threshold(p_indicator_id integer, p_unit_id bigint, p_year integer)
    RETURNS SETOF threshold
    LANGUAGE sql STABLE
AS $$
    SELECT t.*
    FROM threshold t
    JOIN admin_unit u ON u.id = p_unit_id
    LEFT JOIN commune_classification k ON k.unit_id = u.id AND k.year = p_year
    WHERE t.indicator_id = p_indicator_id
      AND p_year BETWEEN t.year_from AND t.year_to
      AND (t.province_code IS NULL OR t.province_code = u.province_code)
      AND (t.scope = 'general'
           OR t.scope = 'region:' || u.region
           OR t.scope = 'group:' || k.commune_group
           OR (t.scope = 'special:dbkk' AND coalesce(k.dbkk, false)))
    ORDER BY t.province_code IS NULL,
             CASE WHEN t.scope = 'special:dbkk' THEN 0 WHEN t.scope = 'general' THEN 2 ELSE 1 END
    LIMIT 1
$$;

-- Whether a value satisfies an indicator's comparator against its threshold (NULL when no threshold applies).
CREATE FUNCTION indicator_met(p_indicator_id integer, p_unit_id bigint, p_year integer,
                              p_value numeric, p_bool boolean) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
    SELECT CASE
               WHEN t.value_bool IS NOT NULL THEN p_bool = t.value_bool
               WHEN i.comparator = '>=' THEN p_value >= t.value_numeric
               WHEN i.comparator = '<=' THEN p_value <= t.value_numeric
               ELSE p_value = t.value_numeric END
    FROM indicator i
    CROSS JOIN LATERAL applicable_threshold(p_indicator_id, p_unit_id, p_year) t
    WHERE i.id = p_indicator_id
$$;

-- The version of a unit's results sheet for a year: it grows with every save, so an edit made
-- against an older version is detected.
CREATE FUNCTION sheet_version(p_unit_id bigint, p_year integer) RETURNS integer
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN greatest(
    coalesce((SELECT max(r.row_version) FROM criterion_result r WHERE r.unit_id = p_unit_id AND r.year = p_year), 0),
    coalesce((SELECT max(r.row_version) FROM indicator_result r WHERE r.unit_id = p_unit_id AND r.year = p_year), 0));
