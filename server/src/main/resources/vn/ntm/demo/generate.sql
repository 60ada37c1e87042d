-- Demo data generated on the real 2025 communes: villages, status events, criteria results,
-- indicator values and infrastructure, all flagged is_demo and labelled as demo.
-- Deterministic (pseudo-random from md5 of codes) and idempotent: every step skips units that
-- already have their rows. Consistent: a commune standing at a level in a year met all criteria
-- of that level's set. Only NTM-assessed units (ntm_assessed: xã, not phường) get statuses and results.
-- Only the demo provinces (BoundaryLoader.PROVINCES) get generated data: the other provinces of the
-- country keep their real boundaries and nothing made up.

CREATE OR REPLACE FUNCTION pg_temp.demo_rand(k text) RETURNS float8 LANGUAGE sql IMMUTABLE
RETURN ('x' || substr(md5(k), 1, 8))::bit(32)::bigint / 4294967296.0;

CREATE OR REPLACE FUNCTION pg_temp.demo_pick(k text, options text[]) RETURNS text LANGUAGE sql IMMUTABLE
RETURN options[1 + floor(pg_temp.demo_rand(k) * cardinality(options))::int];

CREATE OR REPLACE FUNCTION pg_temp.demo_province(p_code text) RETURNS boolean LANGUAGE sql IMMUTABLE
RETURN p_code IN ('12', '14', '15');

-- Villages: Voronoi cells of 3 to 8 seeded points, clipped to the commune.
INSERT INTO admin_unit (code, level, kind, name, full_name, parent_id, province_code, region, valid_from, geom,
                        data_source, is_demo)
SELECT c.code || '-' || lpad(v.n::text, 2, '0'), 'village', 'ban', v.name, 'Bản ' || v.name, c.id, c.province_code,
       c.region, c.valid_from, v.geom, 'Dữ liệu minh họa (demo): thôn/bản sinh tự động', true
FROM admin_unit c
CROSS JOIN LATERAL (
    SELECT row_number() OVER (ORDER BY ST_Y(ST_PointOnSurface(cell.geom)) DESC, ST_X(ST_PointOnSurface(cell.geom))) AS n,
           ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Intersection(cell.geom, c.geom)), 3)) AS geom,
           pg_temp.demo_pick(c.code || ':v1:' || ST_AsText(ST_PointOnSurface(cell.geom)),
               ARRAY['Nà', 'Huổi', 'Phiêng', 'Co', 'Pá', 'Hua', 'Nậm', 'Bó', 'Khau', 'Lọng', 'Tà', 'Púng', 'Kéo', 'Cang', 'Hát', 'Noong'])
           || ' ' ||
           pg_temp.demo_pick(c.code || ':v2:' || ST_AsText(ST_PointOnSurface(cell.geom)),
               ARRAY['Lếch', 'Mòn', 'Sản', 'Lạn', 'Có', 'Khoang', 'Hịa', 'Pục', 'Tòng', 'Muông', 'Lay', 'Búng', 'Cọ', 'Mạt', 'Xa', 'Nong']) AS name
    FROM ST_Dump(ST_VoronoiPolygons(
             ST_GeneratePoints(c.geom, 3 + floor(pg_temp.demo_rand(c.code || ':villages') * 6)::int,
                               1 + floor(pg_temp.demo_rand(c.code || ':seed') * 1000000)::int),
             0, c.geom)) AS cell) v
WHERE c.level = 'commune' AND c.valid_to IS NULL AND pg_temp.demo_province(c.province_code)
  AND c.geom IS NOT NULL
  AND NOT ST_IsEmpty(v.geom)
  AND NOT EXISTS (SELECT 1 FROM admin_unit x WHERE x.parent_id = c.id AND x.level = 'village');

-- Pre-merger xã: about half recognised between 2016 and 2024 by their own province, all lapsed by the 2025 merger.
INSERT INTO status_event (unit_id, event, level, event_date, decision_no, decision_date, signer, note, is_demo, created_by)
SELECT p.id, e.event, 'standard', e.event_date, e.decision_no, e.decision_date, e.signer, e.note, true, 'demo'
FROM admin_unit p
JOIN admin_unit prov ON prov.id = p.parent_id
CROSS JOIN LATERAL (
    SELECT make_date(2016 + floor(pg_temp.demo_rand(p.code || ':year') * 9)::int, 12,
                     10 + floor(pg_temp.demo_rand(p.code || ':day') * 15)::int) AS recognized_on) r
CROSS JOIN LATERAL (VALUES
    ('recognized', r.recognized_on,
     (200 + floor(pg_temp.demo_rand(p.code || ':no') * 3000)::int) || '/QĐ-UBND', r.recognized_on,
     'Chủ tịch UBND tỉnh ' || prov.name, 'Dữ liệu minh họa (demo)'),
    ('lapsed_by_merger', DATE '2025-07-01', NULL, NULL, NULL,
     'Sắp xếp đơn vị hành chính 2025: công nhận không chuyển sang xã mới')
) AS e (event, event_date, decision_no, decision_date, signer, note)
WHERE p.level = 'commune' AND p.valid_to = DATE '2025-07-01' AND ntm_assessed(p.id)
  AND pg_temp.demo_rand(p.code || ':recognized') < 0.55
  AND NOT EXISTS (SELECT 1 FROM status_event x WHERE x.unit_id = p.id);

-- New communes, 2025: re-acknowledged when every predecessor was recognised, otherwise some are
-- newly recognised in December; a share of the recognised go on to advanced and model.
INSERT INTO status_event (unit_id, event, level, event_date, decision_no, decision_date, signer, note, is_demo, created_by)
SELECT c.id, e.event, e.level, e.event_date, e.decision_no, e.event_date, 'Chủ tịch UBND tỉnh ' || prov.name, e.note, true, 'demo'
FROM admin_unit c
JOIN admin_unit prov ON prov.id = c.parent_id
CROSS JOIN LATERAL (
    SELECT bool_and(status_at(l.predecessor_id, DATE '2025-06-30') <> 'none') AS all_recognised
    FROM admin_unit_lineage l WHERE l.successor_id = c.id) pred
CROSS JOIN LATERAL (
    SELECT pg_temp.demo_rand(c.code || ':new') AS r_new, pg_temp.demo_rand(c.code || ':higher') AS r_higher,
           (300 + floor(pg_temp.demo_rand(c.code || ':no') * 2000)::int) AS no) x
CROSS JOIN LATERAL (VALUES
    ('re_acknowledged', 'standard', DATE '2025-10-20', x.no || '/QĐ-UBND', coalesce(pred.all_recognised, false),
     'Thừa nhận đạt chuẩn NTM sau sắp xếp: mọi xã cũ đã đạt chuẩn (demo)'),
    ('recognized', 'standard', DATE '2025-12-18', x.no || '/QĐ-UBND', NOT coalesce(pred.all_recognised, false) AND x.r_new < 0.2,
     'Dữ liệu minh họa (demo)'),
    ('recognized', 'advanced', DATE '2025-12-26', (x.no + 1) || '/QĐ-UBND',
     (coalesce(pred.all_recognised, false) OR x.r_new < 0.2) AND x.r_higher < 0.3, 'Dữ liệu minh họa (demo)'),
    ('recognized', 'model', DATE '2025-12-29', (x.no + 2) || '/QĐ-UBND',
     (coalesce(pred.all_recognised, false) OR x.r_new < 0.2) AND x.r_higher < 0.08, 'Dữ liệu minh họa (demo)'),
    ('recognized', 'standard', DATE '2026-09-15', (x.no + 3) || '/QĐ-UBND',
     NOT coalesce(pred.all_recognised, false) AND x.r_new >= 0.2 AND x.r_new < 0.35,
     'Công nhận theo Bộ tiêu chí 2026–2030 (demo)')
) AS e (event, level, event_date, decision_no, applies, note)
WHERE c.level = 'commune' AND c.valid_to IS NULL AND pg_temp.demo_province(c.province_code)
  AND c.is_demo = false AND e.applies AND ntm_assessed(c.id)
  AND NOT EXISTS (SELECT 1 FROM status_event s WHERE s.unit_id = c.id);

-- Villages (thôn NTM under provincial criteria) of assessed communes: all villages of recognised communes, and some others.
INSERT INTO status_event (unit_id, event, level, event_date, decision_no, decision_date, signer, note, is_demo, created_by)
SELECT v.id, 'recognized', 'standard', DATE '2025-09-15',
       (10 + floor(pg_temp.demo_rand(v.code || ':no') * 90)::int) || '/QĐ-UBND', DATE '2025-09-15',
       'Chủ tịch UBND ' || lower(left(c.full_name, 1)) || substr(c.full_name, 2), 'Thôn đạt chuẩn NTM theo tiêu chí của tỉnh (demo)', true, 'demo'
FROM admin_unit v
JOIN admin_unit c ON c.id = v.parent_id
WHERE v.level = 'village' AND v.valid_to IS NULL AND ntm_assessed(v.id)
  AND (status_at(c.id, DATE '2025-12-31') <> 'none' OR pg_temp.demo_rand(v.code || ':thon') < 0.3)
  AND NOT EXISTS (SELECT 1 FROM status_event s WHERE s.unit_id = v.id);

-- Standard criteria results of the 2025 xã for 2025 (19 criteria, QĐ 318) and 2026 (10 criteria,
-- QĐ 51/2025): all met where the xã stands at a level at the end of the year, otherwise a random
-- subset. The pre-merger xã have statuses but no generated results (their years show "no data").
INSERT INTO criterion_result (unit_id, year, criterion_id, result, evidence, is_demo, updated_by)
SELECT c.id, y.year, cr.id,
       CASE WHEN status_at(c.id, make_date(y.year, 12, 31)) <> 'none' OR cr.rank <= cr.total - 1
                     - floor(pg_temp.demo_rand(c.code || ':met:' || y.year) * (cr.total / 2))::int THEN 'met'
            WHEN pg_temp.demo_rand(c.code || ':basic:' || y.year || ':' || cr.number) < 0.3 THEN 'basically_met'
            ELSE 'not_met' END,
       'Tự đánh giá của xã (demo)', true, 'demo'
FROM admin_unit c
CROSS JOIN (VALUES (2025, 'XA_NTM_2021_2025'), (2026, 'XA_NTM_2026_2030')) AS y (year, set_code)
JOIN criteria_set s ON s.code = y.set_code
CROSS JOIN LATERAL (
    SELECT k.id, k.number, count(*) OVER () AS total,
           row_number() OVER (ORDER BY pg_temp.demo_rand(c.code || ':order:' || y.year || ':' || k.number)) AS rank
    FROM criterion k WHERE k.set_id = s.id) cr
WHERE c.level = 'commune' AND c.valid_to IS NULL AND pg_temp.demo_province(c.province_code)
  AND c.is_demo = false AND ntm_assessed(c.id)
  AND NOT EXISTS (SELECT 1 FROM criterion_result r WHERE r.unit_id = c.id AND r.year = y.year);

-- The own assessments behind the demo's advanced and model recognitions of 2025: every criterion of
-- the advanced set (QĐ 318) and of the model conditions (QĐ 319) met.
INSERT INTO criterion_result (unit_id, year, criterion_id, result, evidence, is_demo, updated_by)
SELECT e.unit_id, 2025, k.id, 'met', 'Đánh giá mức ' || s.tier || ' (demo)', true, 'demo'
FROM status_event e
JOIN criteria_set s ON s.tier IN ('advanced', 'model') AND s.province_code IS NULL AND 2025 BETWEEN s.year_from AND s.year_to
JOIN status_level l ON l.code = e.level
JOIN status_level sl ON sl.code = s.tier AND sl.rank <= l.rank
JOIN criterion k ON k.set_id = s.id
WHERE e.is_demo AND e.event = 'recognized' AND e.level IN ('advanced', 'model') AND extract(year FROM e.event_date) = 2025
ON CONFLICT (unit_id, year, criterion_id) DO NOTHING;

-- Indicator values for 2025 that agree with the criterion: all met when it is met, otherwise
-- its first indicator fails. Values are drawn on the right side of the comparator.
INSERT INTO indicator_result (unit_id, year, indicator_id, value_numeric, value_bool, met, evidence, is_demo, updated_by)
SELECT r.unit_id, r.year, i.id,
       CASE WHEN i.value_type = 'bool' THEN NULL
            WHEN i.code = '2.1' AND ok.met THEN 100
            WHEN i.value_type = 'number' THEN round((CASE WHEN ok.met THEN 40 + q.r * 25 ELSE 25 + q.r * 13 END)::numeric, 1)
            WHEN i.comparator = '<=' THEN round((CASE WHEN ok.met THEN 1 + q.r * 8 ELSE 12 + q.r * 20 END)::numeric, 1)
            ELSE round((CASE WHEN ok.met THEN 80 + q.r * 20 ELSE 40 + q.r * 35 END)::numeric, 1) END,
       CASE WHEN i.value_type = 'bool' THEN ok.met END,
       ok.met, 'Số liệu minh họa (demo)', true, 'demo'
FROM criterion_result r
JOIN indicator i ON i.criterion_id = r.criterion_id
JOIN admin_unit c ON c.id = r.unit_id
CROSS JOIN LATERAL (SELECT pg_temp.demo_rand(c.code || ':ind:' || i.code) AS r) q
CROSS JOIN LATERAL (
    SELECT r.result = 'met'
           OR (i.code <> (SELECT min(j.code) FROM indicator j WHERE j.criterion_id = i.criterion_id) AND q.r < 0.6) AS met) ok
WHERE r.year = 2025 AND r.is_demo
  AND NOT EXISTS (SELECT 1 FROM indicator_result x WHERE x.unit_id = r.unit_id AND x.year = r.year);

-- Infrastructure. One point per commune for the health station, market and waste site;
-- per village a culture house, water supply and transformer (some villages lack them), two
-- schools per commune, a canal, and roads from the commune centre to every village.
INSERT INTO infrastructure (category, subtype, name, geom, commune_id, village_id, condition, surface, hardened,
                            built_year, data_source, is_demo, updated_by)
SELECT f.category, f.subtype, f.name, f.geom, c.id, f.village_id,
       pg_temp.demo_pick(c.code || ':cond:' || f.category || ':' || coalesce(f.village_id, 0),
                         ARRAY['good', 'good', 'good', 'fair', 'fair', 'poor', 'unusable']),
       f.surface,
       CASE WHEN f.surface IS NOT NULL THEN f.surface IN ('asphalt', 'concrete', 'gravel') END,
       2000 + floor(pg_temp.demo_rand(c.code || ':built:' || f.category || ':' || coalesce(f.village_id, 0)) * 25)::int,
       'Dữ liệu minh họa (demo)', true, 'demo'
FROM admin_unit c
CROSS JOIN LATERAL (SELECT ST_PointOnSurface(c.geom) AS centre,
                           status_at(c.id, DATE '2025-12-31') <> 'none' AS recognised) k
CROSS JOIN LATERAL (
    SELECT 'health_station' AS category, NULL AS subtype, 'Trạm y tế ' || c.full_name AS name, k.centre AS geom,
           NULL::bigint AS village_id, NULL AS surface
    UNION ALL
    SELECT 'market', NULL, 'Chợ ' || c.name, ST_Translate(k.centre, 0.004, 0.002), NULL, NULL
    WHERE k.recognised OR pg_temp.demo_rand(c.code || ':market') < 0.6
    UNION ALL
    SELECT 'waste_site', 'diem_tap_ket', 'Điểm tập kết rác ' || c.name,
           ST_GeometryN(ST_GeneratePoints(c.geom, 1, 1 + floor(pg_temp.demo_rand(c.code || ':waste') * 1000000)::int), 1),
           NULL, NULL
    WHERE k.recognised OR pg_temp.demo_rand(c.code || ':waste') < 0.7
    UNION ALL
    SELECT 'irrigation', 'kenh_muong', 'Kênh mương ' || c.name,
           ST_MakeLine(ST_GeometryN(pts.geom, 1), ST_GeometryN(pts.geom, 2)), NULL, NULL
    FROM ST_GeneratePoints(c.geom, 2, 1 + floor(pg_temp.demo_rand(c.code || ':canal') * 1000000)::int) AS pts (geom)
    UNION ALL
    SELECT v.category, v.subtype, v.name, v.geom, v.village_id, v.surface
    FROM admin_unit vu
    CROSS JOIN LATERAL (SELECT ST_PointOnSurface(vu.geom) AS spot,
                               substr(vu.code, length(vu.code) - 1)::int AS n) s
    CROSS JOIN LATERAL (
        SELECT 'culture_house' AS category, 'thon' AS subtype, 'Nhà văn hóa ' || vu.full_name AS name,
               s.spot AS geom, vu.id AS village_id, NULL AS surface
        WHERE k.recognised OR pg_temp.demo_rand(vu.code || ':culture') < 0.75
        UNION ALL
        SELECT 'water_supply', 'cong_trinh_cap_nuoc', 'Công trình cấp nước ' || vu.full_name,
               ST_Translate(s.spot, 0.002, -0.001), vu.id, NULL
        WHERE k.recognised OR pg_temp.demo_rand(vu.code || ':water') < 0.55
        UNION ALL
        SELECT 'power', 'tram_bien_ap', 'Trạm biến áp ' || vu.full_name, ST_Translate(s.spot, -0.002, 0.001), vu.id, NULL
        WHERE pg_temp.demo_rand(vu.code || ':power') < 0.9
        UNION ALL
        SELECT 'school', CASE s.n WHEN 1 THEN 'tieu_hoc' ELSE 'mam_non' END,
               CASE s.n WHEN 1 THEN 'Trường Tiểu học ' ELSE 'Trường Mầm non ' END || vu.name,
               ST_Translate(s.spot, -0.001, -0.002), vu.id, NULL
        WHERE s.n <= 2
        UNION ALL
        SELECT 'road', CASE WHEN s.n <= 2 THEN 'xa' ELSE 'truc_thon' END,
               CASE WHEN s.n <= 2 THEN 'Đường xã đến ' ELSE 'Đường trục thôn đến ' END || vu.full_name,
               ST_MakeLine(k.centre, s.spot), vu.id,
               CASE WHEN k.recognised THEN pg_temp.demo_pick(vu.code || ':surface', ARRAY['asphalt', 'concrete'])
                    ELSE pg_temp.demo_pick(vu.code || ':surface', ARRAY['asphalt', 'concrete', 'gravel', 'earth', 'earth']) END
        WHERE NOT ST_Equals(k.centre, s.spot)) v
    WHERE vu.parent_id = c.id AND vu.level = 'village') f
WHERE c.level = 'commune' AND c.valid_to IS NULL AND pg_temp.demo_province(c.province_code)
  AND c.is_demo = false AND c.geom IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM infrastructure i WHERE i.commune_id = c.id);

-- Commune classification for 2025 and 2026 of the assessed communes (wards have none): in the
-- mountain provinces group 3 (khu vực II–III) or 2; about a quarter extremely disadvantaged.
INSERT INTO commune_classification (unit_id, year, commune_group, dbkk)
SELECT c.id, y.year,
       CASE WHEN pg_temp.demo_rand(c.code || ':group') < 0.7 THEN 3 ELSE 2 END,
       pg_temp.demo_rand(c.code || ':dbkk') < 0.25
FROM admin_unit c
CROSS JOIN (VALUES (2025), (2026)) AS y (year)
WHERE c.level = 'commune' AND c.valid_to IS NULL AND pg_temp.demo_province(c.province_code)
  AND c.is_demo = false AND ntm_assessed(c.id)
ON CONFLICT (unit_id, year) DO NOTHING;
