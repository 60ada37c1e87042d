package vn.ntm.security;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.common.Params;
import vn.ntm.common.Sql;

/**
 * Failed sign-ins lock the username and the client address out for a growing time. The counts are
 * kept in PostgreSQL so that every server sees the same ones; each failure is audited.
 */
@Component
class LoginThrottle {

    /** An audited failed sign-in: the failures counted so far and how long sign-in is now refused. */
    record Failure(String address, int accountFailures, int addressFailures, long retryAfterSeconds) {
    }

    private static final String COUNT_FAILURE = Sql.load(LoginThrottle.class, "login-failure.sql");
    private static final String WAIT = Sql.load(LoginThrottle.class, "login-wait.sql");
    private static final String FORGET_FAILURES = Sql.load(LoginThrottle.class, "forget-failures.sql");
    private static final String LOCK_OUT = Sql.load(LoginThrottle.class, "lock-out.sql");

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final JdbcClient jdbc;
    private final LoginThrottleProperties limits;
    private final ApplicationEventPublisher audit;

    LoginThrottle(JdbcClient jdbc, LoginThrottleProperties limits, ApplicationEventPublisher audit) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.audit = audit;
    }

    /** Seconds until this username may try from this address; 0 when it may now. */
    long retryAfterSeconds(String username, String address) {
        return jdbc.sql(WAIT).param("username", Params.storedKey(username))
                .param("address", Params.storedKey(address))
                .query(Long.class).single();
    }

    @Transactional
    Failure failed(String username, String address) {
        jdbc.sql(FORGET_FAILURES)
                .param("window", limits.window().toSeconds()).update();
        int accountFailures = count("account", username, limits.accountFailures());
        int addressFailures = count("address", address, limits.addressFailures());
        Failure failure = new Failure(address, accountFailures, addressFailures,
                retryAfterSeconds(username, address));
        String action = failure.retryAfterSeconds() > 0 ? "login-locked" : "login-failed";
        audit.publishEvent(new SecurityAuditEvent("public", action, "login", Params.storedKey(username), null, null, failure));
        // For the operator watching the logs (one structured line, the request's id with it).
        log.info("Sign-in refused ({}) for user {} from {}", action, Params.storedKey(username), address);
        return failure;
    }

    /** A successful sign-in clears the username's failures (not the address's). */
    void succeeded(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE kind = 'account' AND subject = :subject")
                .param("subject", Params.storedKey(username)).update();
    }

    private int count(String kind, String subject, int threshold) {
        int failures = jdbc.sql(COUNT_FAILURE).param("kind", kind).param("subject", Params.storedKey(subject))
                .param("window", limits.window().toSeconds()).query(Integer.class).single();
        Duration lockout = limits.lockoutAfter(failures, threshold);
        if (!lockout.isZero()) {
            jdbc.sql(LOCK_OUT)
                    .param("seconds", lockout.toSeconds()).param("kind", kind)
                    .param("subject", Params.storedKey(subject))
                    .update();
        }
        return failures;
    }
}
