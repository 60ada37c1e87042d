-- Every current province side by side, and the country (the row whose code is NULL), for :year: the
-- same figures as province-indicators.sql, on the same units (NTM-assessed xã and their villages of the
-- province as it stood on 31/12, its pre-merger provinces' before 2025), so the country's equal the sum
-- of its provinces'. A province's communes_standard target is the one in force for :year or the next
-- after it (else its latest), with the unit set it was set on.
WITH province AS (
    SELECT p.code, p.name, p.full_name, p.name_en, province_codes(p.code) AS codes
    FROM admin_unit p
    WHERE p.level = 'province' AND p.valid_to IS NULL
), unit AS (
    SELECT pr.code AS province, u.level, ntm_assessed(u.id) AS assessed, l.rank,
           CASE WHEN u.level = 'commune' AND criteria_assessed(u.id, :year) THEN criteria_met(u.id, :year) END AS met
    FROM province pr
    JOIN admin_unit u ON u.province_code = ANY (pr.codes) AND u.level IN ('commune', 'village')
     AND u.valid_from <= make_date(:year, 12, 31) AND (u.valid_to IS NULL OR u.valid_to > make_date(:year, 12, 31))
    JOIN status_level l ON l.code = status_at(u.id, make_date(:year, 12, 31))
), figures AS (
    SELECT province,
           count(*) FILTER (WHERE level = 'commune' AND assessed) AS communes,
           count(*) FILTER (WHERE level = 'commune' AND NOT assessed) AS communes_not_assessed,
           count(*) FILTER (WHERE level = 'commune' AND assessed AND rank >= 1) AS communes_standard,
           count(*) FILTER (WHERE level = 'commune' AND assessed AND rank >= 2) AS communes_advanced,
           count(*) FILTER (WHERE level = 'commune' AND assessed AND rank >= 3) AS communes_model,
           count(met) FILTER (WHERE assessed) AS communes_with_results,
           avg(met) FILTER (WHERE assessed) AS average_met,
           count(*) FILTER (WHERE level = 'village' AND assessed) AS villages,
           count(*) FILTER (WHERE level = 'village' AND assessed AND rank >= 1) AS villages_standard
    FROM unit
    GROUP BY GROUPING SETS ((province), ())
)
SELECT pr.code, pr.name, pr.full_name, pr.name_en,
       coalesce(f.communes, 0) AS communes, coalesce(f.communes_not_assessed, 0) AS communes_not_assessed,
       coalesce(f.communes_standard, 0) AS communes_standard, coalesce(f.communes_advanced, 0) AS communes_advanced,
       coalesce(f.communes_model, 0) AS communes_model,
       round(100.0 * f.communes_standard / nullif(f.communes, 0), 1)::float8 AS standard_percent,
       round(100.0 * f.communes_advanced / nullif(f.communes, 0), 1)::float8 AS advanced_percent,
       round(100.0 * f.communes_model / nullif(f.communes, 0), 1)::float8 AS model_percent,
       coalesce(f.communes_with_results, 0) AS communes_with_results, k.total AS criteria_total,
       CASE WHEN k.total > 0 THEN round(f.average_met, 2)::float8 END AS average_criteria_met,
       coalesce(f.villages, 0) AS villages, coalesce(f.villages_standard, 0) AS villages_standard,
       t.year AS target_year, t.target_value::float8 AS target_value, t.target_max::float8 AS target_max,
       t.value_kind AS target_kind, t.denominator::float8 AS target_denominator, t.decision_no AS target_decision,
       t.pre_merger AS target_pre_merger
FROM province pr
FULL JOIN figures f ON f.province = pr.code
CROSS JOIN (SELECT criteria_total('commune', :year) AS total) k
LEFT JOIN LATERAL (
    SELECT t.year, t.target_value, t.target_max, t.value_kind, t.denominator, t.decision_no,
           b.valid_to IS NOT NULL AS pre_merger
    FROM target t
    JOIN admin_unit b ON b.id = t.unit_id AND b.level = 'province'
    WHERE b.province_code = ANY (pr.codes) AND t.metric = 'communes_standard' AND t.replaced_by IS NULL
    ORDER BY t.year < :year, abs(t.year - :year), b.valid_to IS NULL DESC
    LIMIT 1) t ON pr.code IS NOT NULL
WHERE pr.code IS NOT NULL OR f.province IS NULL
ORDER BY pr.code IS NOT NULL, search_key(pr.name)
