-- The units a unit was formed from, with the status each held the day before the change.
SELECT p.code, p.full_name, l.share, l.event, l.effective_date,
       status_at(p.id, l.effective_date - 1) AS status
FROM admin_unit_lineage l
JOIN admin_unit p ON p.id = l.predecessor_id
WHERE l.successor_id = :id
ORDER BY p.full_name, p.code
