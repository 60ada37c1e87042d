-- The audit trail, newest first, within the reader's province (all for administrators), filtered.
SELECT id, at, actor, action, entity, entity_id, province_code, before::text, after::text
FROM audit_log
WHERE (CAST(:province AS text) IS NULL OR province_code = :province)
  AND (CAST(:entity AS text) IS NULL OR entity = :entity)
  AND (CAST(:entity_id AS text) IS NULL OR entity_id = :entity_id)
  AND (CAST(:actor AS text) IS NULL OR actor = :actor)
ORDER BY id DESC
LIMIT :limit OFFSET :offset
