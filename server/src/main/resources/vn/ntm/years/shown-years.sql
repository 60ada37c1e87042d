-- The years the map offers: from the start of the programme period of the first criteria results to :latest.
WITH first AS (SELECT coalesce(min(year), extract(year FROM current_date)::int) AS y FROM criterion_result)
SELECT generate_series(coalesce((SELECT min(s.year_from) FROM criteria_set s
                                 WHERE s.unit_level = 'commune' AND s.tier = 'standard'
                                   AND s.province_code IS NULL AND first.y BETWEEN s.year_from AND s.year_to),
                                first.y), :latest)
FROM first
