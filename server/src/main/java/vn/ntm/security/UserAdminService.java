package vn.ntm.security;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.common.ConflictException;
import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.NotFoundException;

/**
 * Administrators manage accounts; every change is audited (without passwords). Disabling an account,
 * changing its role or scope, or setting its password ends its sessions and revokes its API tokens.
 */
@Service
class UserAdminService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Permissions permissions;
    private final ApplicationEventPublisher audit;

    UserAdminService(AccountRepository accounts, PasswordEncoder passwords, Permissions permissions,
            ApplicationEventPublisher audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.permissions = permissions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<UserAccount> list() {
        permissions.requireAction(Action.MANAGE_USERS);
        return accounts.list();
    }

    @Transactional
    UserAccount create(UserChange change) {
        CurrentUser admin = permissions.requireAction(Action.MANAGE_USERS);
        if (change.username() == null || change.password() == null || change.role() == null) {
            throw new InvalidParameterException(change.username() == null ? "username"
                    : change.password() == null ? "password" : "role", "is required for a new account");
        }
        if (accounts.exists(change.username())) {
            throw new ConflictException("The username '" + change.username() + "' is taken");
        }
        Role role = Role.of(change.role());
        List<String> communes = change.communes() == null ? List.of() : change.communes();
        checkScope(role, change.provinceCode(), communes);
        long id = accounts.create(change.username(),
                change.displayName() == null ? change.username() : change.displayName(),
                passwords.encode(change.password()), role, change.provinceCode(), communes);
        UserAccount created = get(id);
        audit.publishEvent(new SecurityAuditEvent(admin.username(), "create", "user", change.username(),
                created.provinceCode(), null, created));
        return created;
    }

    @Transactional
    UserAccount update(long id, UserChange change) {
        CurrentUser admin = permissions.requireAction(Action.MANAGE_USERS);
        if (change.version() == null) {
            throw new InvalidParameterException("version", "is required: send the version you read");
        }
        if (change.username() != null) {
            throw new InvalidParameterException("username", "cannot be changed");
        }
        UserAccount before = get(id);
        Role role = change.role() == null ? Role.of(before.role()) : Role.of(change.role());
        String province = change.role() == null && change.provinceCode() == null ? before.provinceCode()
                : change.provinceCode();
        List<String> communes = change.communes() == null ? before.communes() : change.communes();
        checkScope(role, province, communes);
        String hash = change.password() == null ? null : passwords.encode(change.password());
        if (!accounts.update(id, change.displayName(), hash, role, province, communes, change.enabled(),
                change.version())) {
            throw new ConflictException("Account " + before.username() + " was changed by someone else since version "
                    + change.version());
        }
        UserAccount after = get(id);
        audit.publishEvent(new SecurityAuditEvent(admin.username(), "update", "user", before.username(),
                after.provinceCode(), before, after));
        if (hash != null || !after.sameAccessAs(before)) {
            accounts.endSessions(id);
            audit.publishEvent(new SecurityAuditEvent(admin.username(), "end-sessions", "user", before.username(),
                    after.provinceCode(), null, null));
        }
        return after;
    }

    private UserAccount get(long id) {
        return accounts.findAccount(id).orElseThrow(() -> new NotFoundException("No account has the id " + id));
    }

    /** Planners, officers and surveyors work in one existing province; officers in communes of it. */
    private void checkScope(Role role, String provinceCode, List<String> communes) {
        boolean scoped = role != Role.ADMIN && role != Role.VIEWER;
        if (scoped && (provinceCode == null || !accounts.isProvince(provinceCode))) {
            throw new InvalidParameterException("provinceCode", "must be the code of a current province for this role");
        }
        if (!scoped && provinceCode != null) {
            throw new InvalidParameterException("provinceCode", "does not apply to the role " + role.code());
        }
        if (role == Role.COMMUNE_OFFICER
                && (communes.isEmpty() || !accounts.areCommunesOf(communes, provinceCode))) {
            throw new InvalidParameterException("communes", "must list current communes of the province");
        }
        if (role != Role.COMMUNE_OFFICER && !communes.isEmpty()) {
            throw new InvalidParameterException("communes", "apply to commune officers only");
        }
    }
}
