-- Inspections, newest first: one by :id, or a feature's by :feature.
SELECT id, infrastructure_id, inspected_on, note, photo IS NOT NULL AS has_photo, created_at, created_by
FROM inspection
WHERE (CAST(:id AS bigint) IS NULL OR id = :id)
  AND (CAST(:feature AS bigint) IS NULL OR infrastructure_id = :feature)
ORDER BY inspected_on DESC, id DESC
