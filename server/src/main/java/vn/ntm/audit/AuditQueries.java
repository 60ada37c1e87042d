package vn.ntm.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.common.Sql;
import vn.ntm.security.Action;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;

/** Reads the audit trail within the reader's scope. */
@Component
class AuditQueries {

    private static final String FIND_ENTRIES = Sql.load(AuditQueries.class, "find-entries.sql");

    private final JdbcClient jdbc;
    private final Permissions permissions;

    AuditQueries(JdbcClient jdbc, Permissions permissions) {
        this.jdbc = jdbc;
        this.permissions = permissions;
    }

    @Transactional(readOnly = true)
    List<AuditEntry> find(String entity, String entityId, String actor, int limit, int offset) {
        CurrentUser user = permissions.requireAction(Action.READ_AUDIT);
        return jdbc.sql(FIND_ENTRIES)
                .param("province", Permissions.provinceScope(user)).param("entity", entity)
                .param("entity_id", entityId).param("actor", actor).param("limit", limit).param("offset", offset)
                .query(AuditEntry::read)
                .list();
    }
}
