-- What ntm-map counts on a target's basis, per year from :first to :last: the units of the basis
-- province's set standing on the year's last day, or on the set's last day when the set ended within
-- the year (a pre-merger set ends on 30/6/2025; it has no later years). Communes and villages are
-- those ntm_assessed() counts (xã and their villages, not wards). No rows when the basis is a
-- pre-merger province whose units cannot be told from another's (provinces merged under one code).
WITH basis AS (
    SELECT b.province_code, b.valid_from, b.valid_to
    FROM admin_unit b
    WHERE b.id = :basis
      AND (SELECT count(*) FROM admin_unit o WHERE o.level = 'province' AND o.province_code = b.province_code
             AND o.valid_to IS NOT DISTINCT FROM b.valid_to) = 1
), years AS (
    SELECT y AS year, least(make_date(y, 12, 31), b.valid_to - 1) AS as_of
    FROM basis b
    CROSS JOIN generate_series(CAST(:first AS int), CAST(:last AS int)) AS y
    WHERE make_date(y, 12, 31) >= b.valid_from AND (b.valid_to IS NULL OR make_date(y, 1, 1) < b.valid_to)
), units AS (
    SELECT y.year, y.as_of, u.level, l.rank, coalesce(k.dbkk, false) AS dbkk, coalesce(k.border, false) AS border,
           CASE WHEN u.level = 'commune' AND criteria_total('commune', y.year) = 19
                     AND EXISTS (SELECT 1 FROM criterion_result r WHERE r.unit_id = u.id AND r.year = y.year)
                THEN criteria_met(u.id, y.year) END AS met
    FROM years y
    CROSS JOIN basis b
    JOIN admin_unit u ON u.province_code = b.province_code AND u.level IN ('commune', 'village')
     AND u.valid_from <= y.as_of AND (u.valid_to IS NULL OR u.valid_to > y.as_of)
    JOIN status_level l ON l.code = status_at(u.id, y.as_of)
    LEFT JOIN commune_classification k ON k.unit_id = u.id AND k.year = y.year
    WHERE ntm_assessed(u.id)
)
SELECT year, as_of,
       count(*) FILTER (WHERE level = 'commune') AS communes,
       count(*) FILTER (WHERE level = 'village') AS villages,
       count(*) FILTER (WHERE level = 'commune' AND rank >= 1) AS communes_standard,
       count(*) FILTER (WHERE level = 'commune' AND rank >= 2) AS communes_advanced,
       count(*) FILTER (WHERE level = 'commune' AND rank >= 3) AS communes_model,
       count(*) FILTER (WHERE level = 'commune' AND rank >= 1 AND border) AS border_communes_standard,
       CASE WHEN count(met) > 0 THEN count(*) FILTER (WHERE met < 15) END AS communes_below_15,
       count(*) FILTER (WHERE level = 'village' AND rank >= 1) AS villages_standard,
       count(*) FILTER (WHERE level = 'village' AND rank >= 3) AS villages_model,
       count(*) FILTER (WHERE level = 'commune' AND dbkk) AS dbkk_communes,
       count(*) FILTER (WHERE level = 'village' AND dbkk) AS dbkk_villages
FROM units
GROUP BY year, as_of
ORDER BY year
