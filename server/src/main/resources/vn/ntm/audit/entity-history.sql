-- Every recorded write of one record, oldest first.
SELECT id, at, actor, action, entity, entity_id, province_code, before::text, after::text,
       NULL::bigint AS new_event_id -- status events' undo hints need the whole trail (find-entries.sql)
FROM audit_log
WHERE entity = :entity AND entity_id = :entity_id
ORDER BY id
