/**
 * Who may do what: sign-in (sessions and API tokens, throttled), accounts and their administration, roles,
 * actions and {@link vn.ntm.security.Permissions}, the scope check behind every write. Depends only on
 * {@code common}; its audited changes are published as {@link vn.ntm.security.SecurityAuditEvent}.
 */
package vn.ntm.security;
