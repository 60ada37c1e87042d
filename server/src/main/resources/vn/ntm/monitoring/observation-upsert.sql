-- Sets a province's observed value of a metric in a year, with its source document.
INSERT INTO target_observation (province_code, metric, year, value, source_document, created_by)
VALUES (:province, :metric, :year, :value, :source, :user)
ON CONFLICT (province_code, metric, year) DO UPDATE
SET value = EXCLUDED.value, source_document = EXCLUDED.source_document,
    created_by = EXCLUDED.created_by, created_at = now()
