-- The audit trail, newest first, within the reader's province (all for administrators), filtered.
-- new_event_id: the status event an entry of a status event added (for its undo hint).
SELECT id, at, actor, action, entity, entity_id, province_code, before::text, after::text,
       CASE WHEN entity = 'status' AND jsonb_typeof(after) = 'array' THEN
           (SELECT max((e ->> 'id')::bigint) FROM jsonb_array_elements(after) e
            WHERE NOT coalesce(before, '[]') @> jsonb_build_array(e)) END AS new_event_id
FROM audit_log
WHERE (CAST(:province AS text) IS NULL OR province_code = :province)
  AND (CAST(:entity AS text) IS NULL OR entity = :entity)
  AND (CAST(:entity_id AS text) IS NULL OR entity_id = :entity_id)
  AND (CAST(:actor AS text) IS NULL OR actor = :actor)
ORDER BY id DESC
LIMIT :limit OFFSET :offset
