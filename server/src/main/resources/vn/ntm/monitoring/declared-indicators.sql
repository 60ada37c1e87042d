-- The indicators the map can check, with what a commune declared for them in a year (NULL when it
-- declared nothing), which map figure each is compared with, and the rule that figure follows:
-- 2.1 counts only asphalt or concrete commune roads; 2.2 counts gravel (cấp phối) as hardened;
-- 4.2 and 17.1 are proxies by villages with a power or water-supply work.
SELECT i.code, i.name_vi, i.name_en, r.value_numeric::float8 AS declared, m.basis, m.rule_vi, m.rule_en
FROM (VALUES
    ('2.1', 'road:xa:paved',
     'Tỷ lệ chiều dài đường xã được nhựa hóa hoặc bê tông hóa (mặt nhựa, bê tông); đường cấp phối, đường đất không tính',
     'Share of commune-road length paved with asphalt or concrete; gravel and earth roads do not count'),
    ('2.2', 'road:truc_thon:hardened',
     'Tỷ lệ chiều dài đường trục thôn, liên thôn ít nhất được cứng hóa (nhựa, bê tông hoặc cấp phối); đường đất không tính',
     'Share of village-road length at least hardened (asphalt, concrete or gravel); earth roads do not count'),
    ('4.2', 'facility:power',
     'Ước lượng: tỷ lệ thôn có trạm biến áp trên bản đồ (không phải tỷ lệ hộ dùng điện)',
     'Proxy: share of villages with a transformer on the map (not the share of households with power)'),
    ('17.1', 'facility:water_supply',
     'Ước lượng: tỷ lệ thôn có công trình cấp nước trên bản đồ (không phải tỷ lệ hộ dùng nước sạch)',
     'Proxy: share of villages with a water-supply work on the map (not the share of households with clean water)'))
    AS m (code, basis, rule_vi, rule_en)
JOIN admin_unit u ON u.id = :unit_id AND u.level = 'commune'
JOIN criteria_set s ON s.unit_level = 'commune' AND s.tier = 'standard' AND s.province_code IS NULL
                   AND :year BETWEEN s.year_from AND s.year_to
JOIN criterion c ON c.set_id = s.id
JOIN indicator i ON i.criterion_id = c.id AND i.code = m.code
LEFT JOIN indicator_result r ON r.indicator_id = i.id AND r.unit_id = u.id AND r.year = :year
ORDER BY c.number, i.code
