package vn.ntm.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

/** Request ids and the Prometheus metrics an operator watches. */
@IntegrationTest
class ObservabilityTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Test
    void everyResponseCarriesARequestIdAndAPlainOneSentIsKept() {
        assertThat(api.get("/api/meta").header("X-Request-Id")).matches(UUID);
        assertThat(api.get("/api/no-such-thing").header("X-Request-Id")).matches(UUID);
        assertThat(api.send("GET", "/api/meta", null, Map.of("X-Request-Id", "lb-7f3a.42:9")).header("X-Request-Id"))
                .isEqualTo("lb-7f3a.42:9");
    }

    /** A client's id goes into every log line of its request: only a plain token is taken, else a new one. */
    @Test
    void aHostileRequestIdIsReplaced() {
        for (String hostile : List.of("{\"level\":\"ERROR\",\"message\":\"forged\"}", "<script>alert(1)</script>",
                "a b", "x".repeat(65), "$(id)", "id\tsecond", "")) {
            String answered = api.send("GET", "/api/meta", null, Map.of("X-Request-Id", hostile))
                    .header("X-Request-Id");

            assertThat(answered).as(hostile).matches(UUID);
        }
    }

    @Test
    void metricsAreForAdministratorsInPrometheusFormat() throws InterruptedException {
        Map<String, String> admin = accounts.bearer(Role.ADMIN, null, List.of());
        assertThat(api.get("/tiles/communes/8/203/113.mvt").status()).isEqualTo(200);
        assertThat(api.report("{\"province\": \"14\", \"year\": 2025, \"format\": \"xlsx\"}", admin)
                .get("status").asString()).isEqualTo("done");

        Api.Response metrics = api.send("GET", "/actuator/prometheus", null, admin);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(new String(metrics.bytes(), StandardCharsets.UTF_8))
                .contains("http_server_requests_seconds_bucket{", "uri=\"/tiles/{layer}/{z}/{x}/{y}.mvt\"")
                .contains("ntm_tiles_render_seconds_count{application=\"ntm-map\",layer=\"communes\"}")
                .contains("ntm_reports_make_seconds_count{application=\"ntm-map\",format=\"xlsx\",outcome=\"made\"}")
                .contains("hikaricp_connections_active{", "hikaricp_connections_max{", "jvm_memory_used_bytes{");
        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.send("GET", "/actuator/prometheus", null, accounts.bearer(Role.PROVINCE_PLANNER, "14",
                List.of())).status()).isEqualTo(403);
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
    }
}
