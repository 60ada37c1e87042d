package vn.ntm.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** An account as administrators see it (never the password hash). */
public record UserAccount(long id, String username, String displayName, String role, String provinceCode,
        List<String> communes, boolean enabled, OffsetDateTime createdAt, int version) {

    /** Whether {@code other} may sign in and act exactly as this account may. */
    boolean sameAccessAs(UserAccount other) {
        return enabled == other.enabled && role.equals(other.role)
                && Objects.equals(provinceCode, other.provinceCode) && communes.equals(other.communes);
    }
}
