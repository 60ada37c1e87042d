-- Which units the NTM programme assesses, and the tiers' own criteria sets.
--
-- NTM is built in rural communes (xã). Wards (phường), townships (thị trấn, before 2025) and
-- special zones (đặc khu) are administrative units on the map but not standard NTM subjects
-- (QĐ 51/2025 Phụ lục I is a xã set; addendum §2.1). Phụ lục III(3) lets a province build NTM
-- "trường hợp cần thiết" in a đặc khu, or in a phường formed with xã whose farmland is ≥ 70% of
-- its area: such a unit is assessed only when the province opts it in here, with its decision.
CREATE TABLE ntm_assessment_optin (
    unit_id     bigint PRIMARY KEY REFERENCES admin_unit (id),
    decision_no text NOT NULL CHECK (length(decision_no) BETWEEN 1 AND 100),
    note        text
);
COMMENT ON TABLE ntm_assessment_optin IS
    'A phường or đặc khu a province assesses for NTM under QĐ 51/2025 Phụ lục III(3) ("trường hợp cần thiết")';

-- Whether a commune-level unit of this kind is assessed: a xã always; a phường or đặc khu only when opted in.
CREATE FUNCTION ntm_assessed_commune(p_unit_id bigint, p_kind text) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN p_kind = 'xa'
    OR (p_kind IN ('phuong', 'dac_khu') AND EXISTS (SELECT 1 FROM ntm_assessment_optin o WHERE o.unit_id = p_unit_id));

-- THE denominator rule: whether a unit counts in NTM status, criteria, indicators and targets.
-- A commune by its kind (above); a village (thôn/bản) when its commune is assessed (a phường's
-- tổ dân phố are not NTM villages); provinces and districts are not commune-level subjects.
CREATE FUNCTION ntm_assessed(p_unit_id bigint) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN coalesce((
    SELECT CASE u.level
               WHEN 'commune' THEN ntm_assessed_commune(u.id, u.kind)
               WHEN 'village' THEN ntm_assessed_commune(c.id, c.kind)
               ELSE false END
    FROM admin_unit u
    LEFT JOIN admin_unit c ON c.id = u.parent_id AND u.level = 'village'
    WHERE u.id = p_unit_id), false);

-- The assessed communes and villages, every validity period (filter by date as usual).
CREATE VIEW ntm_assessed_unit AS
SELECT u.* FROM admin_unit u WHERE u.level IN ('commune', 'village') AND ntm_assessed(u.id);

-- The province codes whose units make up a province across the 2025 merger: its own, and for a
-- province the merger formed, those of the provinces it absorbed (whose pre-merger communes keep
-- their own province code). Figures of the years before the merger are computed on those units.
CREATE FUNCTION province_codes(p_code text) RETURNS text[]
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN ARRAY(SELECT p_code
             UNION
             SELECT o.code
             FROM admin_unit n
             JOIN admin_unit_lineage l ON l.successor_id = n.id
             JOIN admin_unit o ON o.id = l.predecessor_id AND o.level = 'province'
             WHERE n.level = 'province' AND n.code = p_code AND n.valid_to IS NULL
             ORDER BY 1);

-- The current province a (possibly pre-merger) province code is now part of: old Lào Cai (10) is in
-- Lào Cai (15) since 2025. Its planners keep the records of the old province's units.
CREATE FUNCTION province_now(p_code text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN coalesce((SELECT n.code
                 FROM admin_unit o
                 JOIN admin_unit_lineage l ON l.predecessor_id = o.id
                 JOIN admin_unit n ON n.id = l.successor_id AND n.level = 'province' AND n.valid_to IS NULL
                 WHERE o.level = 'province' AND o.code = p_code AND o.valid_to IS NOT NULL
                 ORDER BY n.code LIMIT 1), p_code);

-- Criteria met counts the standard set only: a commune's advanced or model results of the same
-- year are its own assessments, not more standard criteria.
CREATE OR REPLACE FUNCTION criteria_met(p_unit_id bigint, p_year integer) RETURNS integer
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN (SELECT count(*)::int
        FROM criterion_result r
        JOIN criterion c ON c.id = r.criterion_id
        JOIN criteria_set s ON s.id = c.set_id AND s.tier = 'standard'
        WHERE r.unit_id = p_unit_id AND r.year = p_year AND r.result = 'met');

-- Whether a unit has any standard-set result in a year (a year without them has no data, not 0 criteria).
CREATE FUNCTION criteria_assessed(p_unit_id bigint, p_year integer) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN EXISTS (SELECT 1
               FROM criterion_result r
               JOIN criterion c ON c.id = r.criterion_id
               JOIN criteria_set s ON s.id = c.set_id AND s.tier = 'standard'
               WHERE r.unit_id = p_unit_id AND r.year = p_year);

-- The set of a tier a commune of a province is assessed against in a year (a provincial set first),
-- shared by the entry form and the recognition check.
CREATE FUNCTION tier_set(p_level text, p_tier text, p_province text, p_year integer) RETURNS integer
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN (SELECT s.id
        FROM criteria_set s
        WHERE s.unit_level = p_level AND s.tier = p_tier
          AND p_year BETWEEN s.year_from AND s.year_to
          AND (s.province_code IS NULL OR s.province_code = p_province)
        ORDER BY s.province_code NULLS LAST, s.id
        LIMIT 1);

-- Sơn La's own advanced (nâng cao) set of 2018–2020: 17 criteria (KH 111/KH-UBND §II.2 cites
-- QĐ 2290/QĐ-UBND). The criterion names are not in the sources: they are numbered placeholders
-- for the province to complete, and the set's note says so.
INSERT INTO legal_document (number, doc_type, issuer, title, sign_date) VALUES
    ('2290/QĐ-UBND', 'QĐ', 'UBND tỉnh Sơn La',
     'Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Sơn La giai đoạn 2018–2020', '2018-09-19');

INSERT INTO criteria_set (code, name_vi, name_en, tier, unit_level, year_from, year_to, province_code,
                          legal_document_id, note)
SELECT 'XA_NTM_NANG_CAO_SON_LA_2018_2020', 'Bộ tiêu chí xã NTM nâng cao tỉnh Sơn La 2018–2020',
       'Sơn La advanced commune NTM criteria 2018–2020', 'advanced', 'commune', 2018, 2020, '14', d.id,
       'Tên 17 tiêu chí chưa có trong nguồn: tỉnh cần bổ sung (Criterion names not in the sources: to be completed by the province). '
       || 'QĐ 2290 is dated 19/9/2018 and 01/9/2018 in KH 111 (conflicting)'
FROM legal_document d WHERE d.number = '2290/QĐ-UBND';

INSERT INTO criterion (set_id, number, name_vi, name_en)
SELECT s.id, n, 'Tiêu chí ' || n || ' (tên do tỉnh bổ sung)', 'Criterion ' || n || ' (name to be completed by the province)'
FROM criteria_set s CROSS JOIN generate_series(1, 17) AS n
WHERE s.code = 'XA_NTM_NANG_CAO_SON_LA_2018_2020';
