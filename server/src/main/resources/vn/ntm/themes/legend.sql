-- A theme's legend over the units of a level standing at the end of a year, optionally in one province
-- (as it then was): one row per class with its count, then the units without data ('no_data') and the
-- units NTM does not assess ('not_assessed'). :method is 'equal' or 'quantile' (:classes classes,
-- each holding lower <= value < the next lower bound, the last up to the highest value: the client
-- classes tile values the same way), 'value' (one class per value) or 'met' (1 meets the threshold, 0 not).
WITH scope AS (
    SELECT theme_value(u.id, :kind, :key, :year) AS value,
           theme_met(u.id, :kind, :key, :year, :level) AS met,
           ntm_assessed(u.id) AS assessed
    FROM admin_unit u
    WHERE u.level = :level
      AND u.valid_from <= :as_of AND (u.valid_to IS NULL OR u.valid_to > :as_of)
      AND (CAST(:province AS text) IS NULL OR u.province_code = ANY (province_codes(:province)))),
data AS (
    SELECT value, met FROM scope
    WHERE assessed AND value IS NOT NULL AND (:method <> 'met' OR met IS NOT NULL)),
stats AS (SELECT min(value) AS lo, max(value) AS hi FROM data),
lowers AS (
    SELECT ARRAY(
        SELECT DISTINCT b FROM (
            SELECT CASE WHEN :method = 'equal' THEN round(s.lo + g * (s.hi - s.lo) / :classes, 2)
                        ELSE (SELECT percentile_disc(g::float8 / :classes) WITHIN GROUP (ORDER BY d.value) FROM data d)
                   END AS b
            FROM stats s, generate_series(0, :classes - 1) g) x
        WHERE b IS NOT NULL ORDER BY b) AS b)
SELECT 'class' AS kind, i::numeric AS value, l.b[i] AS lower, coalesce(l.b[i + 1], s.hi) AS upper,
       (SELECT count(*) FROM data d WHERE width_bucket(d.value, l.b) = i)::int AS n
FROM lowers l, stats s, generate_subscripts(l.b, 1) i
WHERE :method IN ('equal', 'quantile')
UNION ALL
SELECT 'class', k, k, k, count(*)::int
FROM (SELECT CASE WHEN :method = 'met' THEN met::int ELSE value END AS k FROM data) x
WHERE :method IN ('value', 'met')
GROUP BY k
UNION ALL
SELECT 'no_data', NULL, NULL, NULL, (SELECT count(*) FROM scope WHERE assessed)::int - (SELECT count(*) FROM data)::int
UNION ALL
SELECT 'not_assessed', NULL, NULL, NULL, count(*)::int FROM scope WHERE NOT assessed
ORDER BY 1, 2
