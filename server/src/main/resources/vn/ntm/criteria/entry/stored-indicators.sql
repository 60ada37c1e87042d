-- Whether each recorded indicator of a unit's criterion in a year is met.
SELECT i.code, r.met FROM indicator_result r JOIN indicator i ON i.id = r.indicator_id
WHERE r.unit_id = :unit AND r.year = :year
