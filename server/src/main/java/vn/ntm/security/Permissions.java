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
     * The user whose role allows {@code action} somewhere; the caller confines what it shows or
     * changes to {@link #provinceScope} and {@link #communeScope}.
     */
    public CurrentUser requireAction(Action action) {
        CurrentUser user = current()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in to do this"));
        if (!user.role().may(action)) {
            throw new AccessDeniedException("The role " + user.role().code() + " may not " + describe(action));
        }
        return user;
    }

    /** The province a user is confined to, or null for an administrator. */
    public static String provinceScope(CurrentUser user) {
        return user.role() == Role.ADMIN ? null : user.provinceCode();
    }

    /** The communes a commune officer is confined to, or null when not confined to communes. */
    public static String[] communeScope(CurrentUser user) {
        return user.role() == Role.COMMUNE_OFFICER ? user.communes().toArray(String[]::new) : null;
    }

    /**
     * The user allowed to do {@code action} on something in {@code provinceCode} and
     * {@code communeCode} (null when the target is province-wide); otherwise an exception.
     */
    public CurrentUser require(Action action, String provinceCode, String communeCode) {
        CurrentUser user = requireAction(action);
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
