package vn.ntm.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

@IntegrationTest
class AuditApiTest {

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void plannersSeeTheirProvinceOnlyAndViewersNothing() {
        jdbc.sql("""
                INSERT INTO audit_log (actor, action, entity, entity_id, province_code, after)
                VALUES ('x', 'update', 'probe', 'in-12', '12', '{}'), ('x', 'update', 'probe', 'in-14', '14', '{}')""")
                .update();
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of());

        List<String> seen = api.send("GET", "/api/audit?entity=probe", null, planner).json().valueStream()
                .map(e -> e.get("entityId").asString()).toList();

        assertThat(seen).contains("in-14").doesNotContain("in-12");
        assertThat(api.send("GET", "/api/audit", null, accounts.bearer(Role.VIEWER, null, List.of())).status())
                .isEqualTo(403);
        assertThat(api.get("/api/audit").status()).isEqualTo(401);
    }

    @Test
    void csvExportQuotesAndDefusesFormulas() {
        jdbc.sql("""
                INSERT INTO audit_log (actor, action, entity, entity_id, province_code, after)
                VALUES ('=HYPERLINK("x")', 'update', 'csvprobe', 'Chiềng, "Sinh"', '14', '{}')""").update();
        Map<String, String> admin = accounts.bearer(Role.ADMIN, null, List.of());

        Api.Response csv = api.send("GET", "/api/audit.csv?entity=csvprobe", null, admin);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);

        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(text).startsWith("\uFEFFid,at,actor").contains("\"'=HYPERLINK(\"\"x\"\")\"")
                .contains("\"Chiềng, \"\"Sinh\"\"\"");
    }
}
