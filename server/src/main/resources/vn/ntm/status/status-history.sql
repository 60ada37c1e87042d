-- The status a unit held at the end of each year of its life, from its first event or creation.
WITH span AS (
    SELECT greatest(least(extract(year FROM u.valid_from)::int,
                          coalesce((SELECT extract(year FROM min(e.event_date))::int
                                    FROM status_event e WHERE e.unit_id = u.id), 9999)), 2010) AS first_year,
           least(coalesce(extract(year FROM u.valid_to - 1)::int, :last_year), :last_year) AS last_year
    FROM admin_unit u
    WHERE u.id = :id)
SELECT y AS year, status_at(:id, make_date(y, 12, 31)) AS status
FROM span, generate_series(span.first_year, span.last_year) AS y
ORDER BY y
