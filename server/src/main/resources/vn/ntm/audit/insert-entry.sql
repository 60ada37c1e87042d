-- One audit entry; before and after are JSON.
INSERT INTO audit_log (actor, action, entity, entity_id, province_code, before, after)
VALUES (:actor, :action, :entity, :entity_id, :province_code,
        CAST(:before AS jsonb), CAST(:after AS jsonb))
