package vn.ntm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

/**
 * Failed sign-ins lock the username out after 5 and the client address after 20 (application.yaml),
 * for a minute that doubles with each further failure; the right password is refused meanwhile.
 * Each test signs in from its own address (X-Forwarded-For) so the others' counts stay apart.
 */
@IntegrationTest
class LoginThrottleTest {

    static final int ACCOUNT_FAILURES = 5;
    static final int ADDRESS_FAILURES = 20;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Value("${local.server.port}")
    int port;

    String username;

    @BeforeEach
    void newAccount() {
        username = accounts.user(Role.PROVINCE_PLANNER, "14", List.of());
    }

    @Test
    void wrongPasswordsLockTheAccountOutWithAGrowingDelay() {
        BrowserClient browser = new BrowserClient(port, "203.0.113.10");
        for (int i = 1; i < ACCOUNT_FAILURES; i++) {
            assertThat(browser.login(username, "wrong-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = browser.login(username, "wrong-last");

        assertTooMany(locked, 60);
        assertTooMany(browser.login(username, TestAccounts.PASSWORD), 60);
        assertTooMany(new BrowserClient(port, "203.0.113.11").login(username, TestAccounts.PASSWORD), 60);
        // The login path spelled another way is the same sign-in, and as locked (it was let in unchecked).
        assertTooMany(browser.login("/%6Cogin", username, TestAccounts.PASSWORD, true), 60);
        assertTooMany(browser.login("/log%69n", username, TestAccounts.PASSWORD, true), 60);
        assertThat(audited("login-failed")).isEqualTo(ACCOUNT_FAILURES - 1);
        assertThat(audited("login-locked")).isEqualTo(1);

        lockoutExpires();
        assertTooMany(browser.login(username, "wrong-again"), 120);

        lockoutExpires();
        assertThat(browser.login(username, TestAccounts.PASSWORD).statusCode()).isEqualTo(200);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);
        assertThat(new BrowserClient(port, "203.0.113.10").login(username, "wrong").statusCode())
                .as("a successful sign-in starts the username's count afresh").isEqualTo(401);
    }

    @Test
    void wrongPasswordsFromOneAddressAcrossAccountsLockTheAddressOut() {
        BrowserClient attacker = new BrowserClient(port, "203.0.113.20");
        for (int i = 1; i < ADDRESS_FAILURES; i++) {
            assertThat(attacker.login("guess-" + i, "password").statusCode()).isEqualTo(401);
        }

        assertTooMany(attacker.login("guess-last", "password"), 60);
        assertTooMany(attacker.login(username, TestAccounts.PASSWORD), 60);
        assertThat(new BrowserClient(port, "203.0.113.21").login(username, TestAccounts.PASSWORD).statusCode())
                .isEqualTo(200);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_log
                WHERE entity = 'login' AND action = 'login-locked' AND after ->> 'address' = '203.0.113.20'""")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void hostileUsernamesAreCountedLikeAnyOther() {
        BrowserClient browser = new BrowserClient(port, "203.0.113.30");
        String[] hostile = {"x".repeat(100_000), "' OR '1'='1", "", "ad\u0000min"};
        for (String name : hostile) {
            HttpResponse<String> refused = browser.login(name, "password");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
        }
        assertThat(jdbc.sql("SELECT max(length(subject)) FROM login_throttle").query(Integer.class).single())
                .isLessThanOrEqualTo(200);
    }

    private void assertTooMany(HttpResponse<String> response, int retryAfter) {
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(retryAfter - 5L, (long) retryAfter);
        assertThat(response.body()).contains("Too many failed sign-ins").contains("detailVi");
    }

    private int audited(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE entity = 'login' AND action = :a AND entity_id = :u")
                .param("a", action).param("u", username).query(Integer.class).single();
    }

    /** Stands for the lockout's minute passing. */
    private void lockoutExpires() {
        jdbc.sql("UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE locked_until > now()"
                + " AND kind = 'account' AND subject = :u").param("u", username).update();
    }
}
