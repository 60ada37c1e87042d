-- A province's observed values of a metric, by year.
SELECT year, value::float8 AS value, source_document FROM target_observation
WHERE province_code = :province AND metric = :metric ORDER BY year
