package vn.ntm.security;

import java.time.OffsetDateTime;
import java.util.List;

/** An account as administrators see it (never the password hash). */
public record UserAccount(long id, String username, String displayName, String role, String provinceCode,
        List<String> communes, boolean enabled, OffsetDateTime createdAt, int version) {
}
