package vn.ntm.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The service-layer check behind every write: the signed-in user's role must allow the action,
 * and the target must lie in their province (and, for commune officers, in one of their communes).
 */
@Component
public class Permissions {

    /** The signed-in user, if any. */
    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Account account) {
            return Optional.of(account.user());
        }
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /**
     * The user allowed to do {@code action} on something in {@code provinceCode} and
     * {@code communeCode} (null when the target is province-wide); otherwise an exception.
     */
    public CurrentUser require(Action action, String provinceCode, String communeCode) {
        CurrentUser user = current()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in to make changes"));
        if (!user.role().may(action)) {
            throw new AccessDeniedException("The role " + user.role().code() + " may not " + describe(action));
        }
        if (user.role() == Role.ADMIN) {
            return user;
        }
        if (provinceCode == null || !provinceCode.equals(user.provinceCode())) {
            throw new AccessDeniedException("This is outside your province");
        }
        if (user.role() == Role.COMMUNE_OFFICER && (communeCode == null || !user.communes().contains(communeCode))) {
            throw new AccessDeniedException("This is outside your communes");
        }
        return user;
    }

    private static String describe(Action action) {
        return action.name().toLowerCase().replace('_', ' ');
    }
}
