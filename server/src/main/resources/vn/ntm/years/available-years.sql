-- Every year from the first with criteria results to the latest.
SELECT generate_series(coalesce(min(year), extract(year FROM current_date)::int),
                       coalesce(max(year), extract(year FROM current_date)::int))
FROM criterion_result
