package vn.ntm.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.security.Action;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;

/** Reads the audit trail within the reader's scope. */
@Component
class AuditQueries {

    private final JdbcClient jdbc;
    private final Permissions permissions;

    AuditQueries(JdbcClient jdbc, Permissions permissions) {
        this.jdbc = jdbc;
        this.permissions = permissions;
    }

    @Transactional(readOnly = true)
    List<AuditEntry> find(String entity, String entityId, String actor, int limit, int offset) {
        CurrentUser user = permissions.requireAction(Action.READ_AUDIT);
        return jdbc.sql("""
                SELECT id, at, actor, action, entity, entity_id, province_code, before::text, after::text
                FROM audit_log
                WHERE (CAST(:province AS text) IS NULL OR province_code = :province)
                  AND (CAST(:entity AS text) IS NULL OR entity = :entity)
                  AND (CAST(:entity_id AS text) IS NULL OR entity_id = :entity_id)
                  AND (CAST(:actor AS text) IS NULL OR actor = :actor)
                ORDER BY id DESC
                LIMIT :limit OFFSET :offset""")
                .param("province", Permissions.provinceScope(user)).param("entity", entity)
                .param("entity_id", entityId).param("actor", actor).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
                        rs.getString("actor"), rs.getString("action"), rs.getString("entity"),
                        rs.getString("entity_id"), rs.getString("province_code"), rs.getString("before"),
                        rs.getString("after")))
                .list();
    }
}
