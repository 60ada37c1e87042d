-- Reports for moderators, within a province and/or a set of communes (NULL: no restriction).
SELECT f.id, f.reference, f.category, f.description, f.status, f.reporter_contact, f.infrastructure_id,
       f.public_note, f.internal_note, f.created_at, f.updated_at, f.updated_by, f.row_version AS version,
       c.code AS commune_code, c.full_name AS commune_name, c.province_code,
       ST_X(f.location) AS lon, ST_Y(f.location) AS lat,
       EXISTS (SELECT 1 FROM feedback_photo p WHERE p.feedback_id = f.id) AS has_photo
FROM feedback f
JOIN admin_unit c ON c.id = f.commune_id
WHERE (CAST(:id AS bigint) IS NULL OR f.id = :id)
  AND (CAST(:province AS text) IS NULL OR c.province_code = :province)
  AND (CAST(:communes AS text[]) IS NULL OR c.code = ANY (CAST(:communes AS text[])))
  AND (CAST(:status AS text) IS NULL OR f.status = :status)
ORDER BY f.created_at DESC, f.id DESC
LIMIT :limit OFFSET :offset
