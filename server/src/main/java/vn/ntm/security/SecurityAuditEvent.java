package vn.ntm.security;

/**
 * A failed sign-in or an account change, published for the audit log while the change's transaction is
 * open (the audit module records it synchronously, so the entry exists exactly when the change does).
 * Security publishes rather than calls the audit log, so that {@code audit} can depend on {@code security}.
 */
public record SecurityAuditEvent(String actor, String action, String entity, String entityId, String provinceCode,
        Object before, Object after) {
}
