/**
 * The audit log: {@link vn.ntm.audit.AuditLog} records every write (inside the write's transaction, including
 * security's published events), and the audit trail is read within the reader's scope.
 */
package vn.ntm.audit;
