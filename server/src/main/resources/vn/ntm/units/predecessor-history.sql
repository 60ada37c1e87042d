-- For each year from :first_year until a unit was formed, where its predecessors stood at the end of
-- the year: how many there were, how many NTM assessed them (xã, not phường/thị trấn) and how many of
-- those held the standard level or above, and advanced or above. A merged commune's progress before
-- the merger is theirs.
SELECT y AS year, count(*)::int AS predecessors,
       count(*) FILTER (WHERE ntm_assessed(p.id))::int AS assessed,
       count(*) FILTER (WHERE l2.rank >= 1)::int AS standard,
       count(*) FILTER (WHERE l2.rank >= 2)::int AS advanced
FROM admin_unit_lineage l
JOIN admin_unit p ON p.id = l.predecessor_id
CROSS JOIN LATERAL generate_series(:first_year, extract(year FROM l.effective_date)::int - 1) AS y
JOIN status_level l2 ON l2.code = status_at(p.id, make_date(y, 12, 31))
WHERE l.successor_id = :id AND p.valid_from <= make_date(y, 12, 31)
GROUP BY y
ORDER BY y
