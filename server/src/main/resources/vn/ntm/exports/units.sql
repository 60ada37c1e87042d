-- The communes and villages of a province (with those of the provinces it absorbed) standing in a year, with their status and criteria met;
-- a ward (not NTM assessed) has neither. "Dữ liệu minh họa" is true when the unit, the decision
-- shown or any criteria result of the year is generated demo data.
SELECT u.code, CASE u.level WHEN 'commune' THEN 'Xã/phường' ELSE 'Thôn/bản' END AS level, u.full_name,
       p.code AS parent_code, p.full_name AS parent_name,
       CASE WHEN s.assessed THEN s.status ELSE 'not_assessed' END AS status,
       CASE WHEN s.assessed THEN l.name_vi ELSE 'Không đánh giá NTM (phường, đặc khu)' END AS status_name,
       CASE WHEN s.assessed THEN criteria_met(u.id, :year) END AS criteria_met,
       d.decision_no,
       u.is_demo OR coalesce(d.is_demo, false)
           OR EXISTS (SELECT 1 FROM criterion_result r WHERE r.unit_id = u.id AND r.year = :year AND r.is_demo)
           AS is_demo
FROM admin_unit u
LEFT JOIN admin_unit p ON p.id = u.parent_id
CROSS JOIN LATERAL (SELECT status_at(u.id, make_date(:year, 12, 31)) AS status, ntm_assessed(u.id) AS assessed) s
LEFT JOIN status_level l ON l.code = s.status
LEFT JOIN LATERAL (
    SELECT e.decision_no, e.is_demo FROM status_event e
    WHERE e.unit_id = u.id AND e.event IN ('recognized', 're_acknowledged') AND e.event_date <= make_date(:year, 12, 31)
    ORDER BY e.event_date DESC LIMIT 1) d ON true
WHERE u.province_code = ANY (province_codes(:province)) AND u.level IN ('commune', 'village')
  AND u.valid_from <= make_date(:year, 12, 31) AND (u.valid_to IS NULL OR u.valid_to > make_date(:year, 12, 31))
ORDER BY u.level, u.code
