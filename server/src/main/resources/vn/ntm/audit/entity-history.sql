-- Every recorded write of one record, oldest first.
SELECT id, at, actor, action, entity, entity_id, province_code, before::text, after::text
FROM audit_log
WHERE entity = :entity AND entity_id = :entity_id
ORDER BY id
