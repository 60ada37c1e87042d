-- A province's observed value of a metric in a year.
SELECT value::float8 AS value, source_document FROM target_observation
WHERE province_code = :province AND metric = :metric AND year = :year
