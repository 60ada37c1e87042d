package vn.ntm.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A stored account as Spring Security sees it; a session signed in with it lasts while the account
 * stays at {@code securityVersion} (see {@link SessionCheckFilter}).
 */
record Account(CurrentUser user, String passwordHash, boolean enabled, int securityVersion) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
