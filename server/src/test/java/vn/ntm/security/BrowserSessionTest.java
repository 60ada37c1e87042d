package vn.ntm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.ObjectMapper;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

/**
 * The web app's way in: form login with CSRF, a new session id after login, CSRF on every write;
 * and the way out: an administrator's change to the account ends its sessions and API tokens.
 */
@IntegrationTest
class BrowserSessionTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Value("${local.server.port}")
    int port;

    BrowserClient browser;
    String username;

    @BeforeEach
    void newBrowser() {
        browser = new BrowserClient(port);
        username = accounts.user(Role.PROVINCE_PLANNER, "14", List.of());
    }

    @Test
    void loginNeedsTheCsrfTokenAndTheRightPassword() {
        assertThat(browser.login(username, TestAccounts.PASSWORD, false).statusCode()).isEqualTo(401);
        assertThat(browser.login(username, "wrong").statusCode()).isEqualTo(401);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);

        HttpResponse<String> ok = browser.login(username, TestAccounts.PASSWORD);

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains(username);
        assertThat(browser.get("/api/me").body()).contains("\"provinceCode\":\"14\"");
    }

    @Test
    void theSessionIdChangesAtLogin() {
        browser.get("/api/csrf");
        browser.get("/api/me");
        String before = browser.cookie("SESSION");

        browser.login(username, TestAccounts.PASSWORD);

        assertThat(browser.cookie("SESSION")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void writesInASessionNeedTheCsrfHeader() {
        browser.login(username, TestAccounts.PASSWORD);
        long id = featureInProvince14();

        assertThat(browser.write("PATCH", "/api/infrastructure/" + id, conditionChange(id), false).statusCode())
                .isEqualTo(403);
        assertThat(browser.write("PATCH", "/api/infrastructure/" + id, conditionChange(id), true).statusCode())
                .isEqualTo(200);
    }

    @Test
    void logoutEndsTheSession() {
        browser.login(username, TestAccounts.PASSWORD);
        browser.get("/api/csrf");

        HttpResponse<String> logout = browser.send(browser.request("/logout")
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    }

    /** Disabling, a new role, a new scope or a new password: the very next request is no longer signed in. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"enabled\": false}", "{\"role\": \"viewer\"}", "{\"provinceCode\": \"12\"}",
            "{\"password\": \"a-new-password-2\"}"})
    void anAdministratorsChangeEndsTheSessionAndTheTokens(String change) {
        browser.login(username, TestAccounts.PASSWORD);
        String token = issueToken();
        long feature = featureInProvince14();
        assertThat(browser.write("PATCH", "/api/infrastructure/" + feature, conditionChange(feature), true)
                .statusCode()).isEqualTo(200);
        assertThat(api.send("GET", "/api/me", null, bearer(token)).status()).isEqualTo(200);

        assertThat(adminChanges(change).status()).isEqualTo(200);

        assertThat(browser.write("PATCH", "/api/infrastructure/" + feature, conditionChange(feature), true)
                .statusCode()).isEqualTo(401);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(api.send("GET", "/api/me", null, bearer(token)).status()).isEqualTo(401);
        assertThat(api.send("PATCH", "/api/infrastructure/" + feature, conditionChange(feature), bearer(token))
                .status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'end-sessions' AND entity_id = :u")
                .param("u", username).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aNewDisplayNameLeavesTheSessionAlone() {
        browser.login(username, TestAccounts.PASSWORD);
        String token = issueToken();

        assertThat(adminChanges("{\"displayName\": \"Nguyễn Văn A\"}").status()).isEqualTo(200);

        assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);
        assertThat(api.send("GET", "/api/me", null, bearer(token)).status()).isEqualTo(200);
    }

    @Test
    void aReEnabledAccountSignsInAgainButItsOldTokensStayRevoked() {
        browser.login(username, TestAccounts.PASSWORD);
        String token = issueToken();
        adminChanges("{\"enabled\": false}");

        assertThat(browser.login(username, TestAccounts.PASSWORD).statusCode()).isEqualTo(401);
        adminChanges("{\"enabled\": true}");

        assertThat(browser.login(username, TestAccounts.PASSWORD).statusCode()).isEqualTo(200);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);
        assertThat(api.send("GET", "/api/me", null, bearer(token)).status()).isEqualTo(401);
    }

    /** An API token issued through the signed-in session, as a user of the web app would. */
    private String issueToken() {
        HttpResponse<String> issued = browser.write("POST", "/api/tokens", "{\"name\": \"script\"}", true);
        assertThat(issued.statusCode()).isEqualTo(201);
        return json.readTree(issued.body()).get("token").asString();
    }

    private Api.Response adminChanges(String change) {
        Map<String, Object> account = jdbc.sql("SELECT id, row_version FROM app_user WHERE username = :u")
                .param("u", username).query().singleRow();
        return api.send("PATCH", "/api/admin/users/" + account.get("id"),
                change.replace("}", ", \"version\": " + account.get("row_version") + "}"),
                accounts.bearer(Role.ADMIN, null, List.of()));
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private long featureInProvince14() {
        return jdbc.sql("""
                SELECT i.id FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE c.province_code = '14' AND c.valid_to IS NULL ORDER BY i.id DESC LIMIT 1""")
                .query(Long.class).single();
    }

    private String conditionChange(long feature) {
        String version = jdbc.sql("SELECT row_version::text FROM infrastructure WHERE id = :id").param("id", feature)
                .query(String.class).single();
        return "{\"condition\": \"poor\", \"version\": " + version + "}";
    }
}
