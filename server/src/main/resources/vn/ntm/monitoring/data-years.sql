-- Every year from the first with a status event or a criteria result to :latest.
SELECT generate_series(least(:latest, (SELECT min(extract(year FROM event_date))::int FROM status_event),
                             (SELECT min(year) FROM criterion_result)), :latest)
