package vn.ntm.audit;

import java.time.OffsetDateTime;

/**
 * One recorded write; {@code before} and {@code after} are the JSON of the record; {@code undo} says how
 * to reverse it (null when there is nothing to reverse).
 */
public record AuditEntry(long id, OffsetDateTime at, String actor, String action, String entity, String entityId,
        String provinceCode, String before, String after, UndoHint undo) {
}
