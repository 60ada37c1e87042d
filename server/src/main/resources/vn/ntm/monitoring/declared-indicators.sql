-- The indicators the map can check, with what a commune declared for them in a year (NULL when it
-- declared nothing) and which map figure each is compared with: road hardening by class, and as
-- proxies, villages with a power or water-supply work.
SELECT i.code, i.name_vi, i.name_en, r.value_numeric::float8 AS declared, m.basis
FROM (VALUES ('2.1', 'road:xa'), ('2.2', 'road:truc_thon'), ('4.2', 'facility:power'),
             ('17.1', 'facility:water_supply')) AS m (code, basis)
JOIN admin_unit u ON u.id = :unit_id AND u.level = 'commune'
JOIN criteria_set s ON s.unit_level = 'commune' AND s.tier = 'standard' AND s.province_code IS NULL
                   AND :year BETWEEN s.year_from AND s.year_to
JOIN criterion c ON c.set_id = s.id
JOIN indicator i ON i.criterion_id = c.id AND i.code = m.code
LEFT JOIN indicator_result r ON r.indicator_id = i.id AND r.unit_id = u.id AND r.year = :year
ORDER BY c.number, i.code
