package vn.ntm.audit;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;
import vn.ntm.common.Sql;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.SecurityAuditEvent;

/** Records every write: who, when, what, and the record before and after. */
@Component
public class AuditLog {

    private static final String INSERT_ENTRY = Sql.load(AuditLog.class, "insert-entry.sql");
    private static final String ENTITY_HISTORY = Sql.load(AuditLog.class, "entity-history.sql");

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Call inside the write's transaction, so the entry exists exactly when the write does. */
    public void record(CurrentUser actor, String action, String entity, String entityId, String provinceCode,
            Object before, Object after) {
        record(actor.username(), action, entity, entityId, provinceCode, before, after);
    }

    /** An entry for a write by someone without an account ("public" for citizens' reports). */
    public void record(String actor, String action, String entity, String entityId, String provinceCode,
            Object before, Object after) {
        jdbc.sql(INSERT_ENTRY)
                .param("actor", actor).param("action", action).param("entity", entity)
                .param("entity_id", entityId).param("province_code", provinceCode)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    /**
     * Every recorded write of one record, oldest first: its history. The caller checks that the reader may
     * see the record.
     */
    public List<AuditEntry> history(String entity, String entityId) {
        return jdbc.sql(ENTITY_HISTORY).param("entity", entity).param("entity_id", entityId)
                .query(AuditEntry::read).list();
    }

    /** Security's failed sign-ins and account changes, recorded in the transaction that published them. */
    @EventListener
    void record(SecurityAuditEvent e) {
        record(e.actor(), e.action(), e.entity(), e.entityId(), e.provinceCode(), e.before(), e.after());
    }
}
