package vn.ntm.security;

import java.io.Serializable;
import java.util.Set;

/**
 * A signed-in user: role, and the province (planners, commune officers, surveyors) and
 * communes (commune officers) their writes are confined to. Serializable: a session keeps it in PostgreSQL.
 */
public record CurrentUser(long id, String username, String displayName, Role role, String provinceCode,
        Set<String> communes) implements Serializable {
}
