package vn.ntm.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * One recorded write; {@code before} and {@code after} are the JSON of the record; {@code undo} says how
 * to reverse it (null when there is nothing to reverse).
 */
public record AuditEntry(long id, OffsetDateTime at, String actor, String action, String entity, String entityId,
        String provinceCode, String before, String after, UndoHint undo) {

    /** An entry of a row of audit_log read with its new_event_id (see find-entries.sql). */
    static AuditEntry read(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"),
                rs.getString("province_code"), rs.getString("before"), rs.getString("after"),
                UndoHint.of(rs.getString("entity"), rs.getString("action"), rs.getString("entity_id"),
                        rs.getObject("new_event_id", Long.class)));
    }
}
