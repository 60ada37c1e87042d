-- What a status event of :level on :date rests on, for one unit: the rank it holds that day and the rank of the level's prerequisite, the set of the level's own
-- assessment in the year (a provincial one first) with how many of its criteria the unit met, and
-- whether every predecessor held the level just before the merger that formed the unit.
SELECT held.rank AS held_rank, lvl.rank AS level_rank, pre.rank AS prerequisite_rank,
       s.id AS set_id, s.code AS set_code,
       (SELECT count(*) FROM criterion c WHERE c.set_id = s.id)::int AS total,
       (SELECT count(*) FROM criterion c
        JOIN criterion_result r ON r.criterion_id = c.id AND r.unit_id = u.id AND r.year = :year AND r.result = 'met'
        WHERE c.set_id = s.id)::int AS met,
       coalesce((SELECT bool_and(pl.rank >= lvl.rank)
                 FROM admin_unit_lineage l
                 JOIN status_level pl ON pl.code = status_at(l.predecessor_id, l.effective_date - 1)
                 WHERE l.successor_id = u.id AND l.effective_date <= :date), false) AS predecessors_held
FROM admin_unit u
JOIN status_level lvl ON lvl.code = :level
JOIN status_level held ON held.code = status_at(u.id, :date)
LEFT JOIN status_level pre ON pre.code = :prerequisite
LEFT JOIN criteria_set s ON s.id = tier_set(u.level, :level, u.province_code, :year)
WHERE u.id = :unit
