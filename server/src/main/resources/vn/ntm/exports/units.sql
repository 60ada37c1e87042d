-- The communes and villages of a province standing in a year, with their status and criteria met.
SELECT u.code, CASE u.level WHEN 'commune' THEN 'Xã/phường' ELSE 'Thôn/bản' END AS level, u.full_name,
       p.code AS parent_code, p.full_name AS parent_name, s.status, l.name_vi AS status_name,
       criteria_met(u.id, :year) AS criteria_met,
       (SELECT e.decision_no FROM status_event e WHERE e.unit_id = u.id AND e.event IN ('recognized', 're_acknowledged')
          AND e.event_date <= make_date(:year, 12, 31) ORDER BY e.event_date DESC LIMIT 1) AS decision_no,
       u.is_demo
FROM admin_unit u
LEFT JOIN admin_unit p ON p.id = u.parent_id
CROSS JOIN LATERAL (SELECT status_at(u.id, make_date(:year, 12, 31)) AS status) s
LEFT JOIN status_level l ON l.code = s.status
WHERE u.province_code = :province AND u.level IN ('commune', 'village')
  AND u.valid_from <= make_date(:year, 12, 31) AND (u.valid_to IS NULL OR u.valid_to > make_date(:year, 12, 31))
ORDER BY u.level, u.code
