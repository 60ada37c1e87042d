package vn.ntm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

/** The web app's way in: form login with CSRF, a new session id after login, CSRF on every write. */
@IntegrationTest
class BrowserSessionTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Value("${local.server.port}")
    int port;

    CookieManager cookies;
    HttpClient browser;
    String username;

    @BeforeEach
    void newBrowser() {
        cookies = new CookieManager();
        browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        username = accounts.user(Role.PROVINCE_PLANNER, "14", List.of());
    }

    @Test
    void loginNeedsTheCsrfTokenAndTheRightPassword() throws Exception {
        assertThat(login(TestAccounts.PASSWORD, false).statusCode()).isEqualTo(401);
        assertThat(login("wrong", true).statusCode()).isEqualTo(401);
        assertThat(get("/api/me").statusCode()).isEqualTo(401);

        HttpResponse<String> ok = login(TestAccounts.PASSWORD, true);

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains(username);
        assertThat(get("/api/me").body()).contains("\"provinceCode\":\"14\"");
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        get("/api/csrf");
        get("/api/me");
        String before = cookie("JSESSIONID");

        login(TestAccounts.PASSWORD, true);

        assertThat(cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void writesInASessionNeedTheCsrfHeader() throws Exception {
        login(TestAccounts.PASSWORD, true);
        long id = jdbc.sql("""
                SELECT i.id FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE c.province_code = '14' AND c.valid_to IS NULL ORDER BY i.id DESC LIMIT 1""")
                .query(Long.class).single();
        String version = jdbc.sql("SELECT row_version::text FROM infrastructure WHERE id = :id").param("id", id)
                .query(String.class).single();
        String body = "{\"condition\": \"poor\", \"version\": " + version + "}";

        assertThat(patch("/api/infrastructure/" + id, body, false).statusCode()).isEqualTo(403);
        get("/api/csrf");
        assertThat(patch("/api/infrastructure/" + id, body, true).statusCode()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        login(TestAccounts.PASSWORD, true);
        get("/api/csrf");

        HttpResponse<String> logout = browser.send(request("/logout").header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(get("/api/me").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> login(String password, boolean withCsrf) throws Exception {
        get("/api/csrf");
        HttpRequest.Builder request = request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8)));
        if (withCsrf) {
            request.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> patch(String path, String json, boolean withCsrf) throws Exception {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
        if (withCsrf) {
            request.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }
}
