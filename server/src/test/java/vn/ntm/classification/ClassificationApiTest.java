package vn.ntm.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

/** A province records its classification decisions; only its planners, only its NTM communes (issue 11). */
@IntegrationTest
class ClassificationApiTest {

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDbkkDecisionSetsItsCommunesAndVillagesAndClearsTheOthers() {
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "12", List.of());
        String commune = code("level = 'commune' AND province_code = '12' AND kind = 'xa'");
        String village = code("level = 'village' AND parent_id IN (SELECT id FROM admin_unit WHERE level = 'commune' "
                + "AND province_code = '12' AND kind = 'xa' AND code <> '" + commune + "')");

        Api.Response recorded = api.send("POST", "/api/provinces/12/classifications", decision("dbkk", 2027, 2028,
                "{\"code\": \"" + commune + "\"}, {\"code\": \"" + village + "\"}"), planner);

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.json().get("listed").asInt()).isEqualTo(2);
        JsonNode listed = api.get("/api/provinces/12/classifications?year=2028").json();
        assertThat(listed.valueStream().filter(u -> u.get("dbkk").asBoolean()).map(u -> u.get("code").asString()))
                .containsExactlyInAnyOrder(commune, village);
        JsonNode row = listed.valueStream().filter(u -> u.get("code").asString().equals(commune)).findFirst()
                .orElseThrow();
        assertThat(row.get("decisions").get("dbkk").asString()).isEqualTo("88/QĐ-UBND");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity = 'classification_decision'")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void aGroupDecisionFeedsTheThresholdFunctionAndDemoRowsStayFlagged() {
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of());
        String commune = code("level = 'commune' AND province_code = '14' AND kind = 'xa'");
        String demoRow = """
                SELECT k.is_demo FROM commune_classification k JOIN admin_unit u ON u.id = k.unit_id
                WHERE u.code = :code AND u.valid_to IS NULL AND k.year = 2026""";
        assertThat(jdbc.sql(demoRow).param("code", commune).query(Boolean.class).single()).isTrue();

        assertThat(api.send("POST", "/api/provinces/14/classifications", decision("group", 2026, 2026,
                "{\"code\": \"" + commune + "\", \"group\": 1}"), planner).status()).isEqualTo(201);

        assertThat(jdbc.sql("""
                SELECT k.commune_group FROM commune_classification k JOIN admin_unit u ON u.id = k.unit_id
                WHERE u.code = :code AND u.valid_to IS NULL AND k.year = 2026""").param("code", commune)
                .query(Integer.class).single()).isEqualTo(1);
        // The ĐBKK flag of that row is still the generator's.
        assertThat(jdbc.sql(demoRow).param("code", commune).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM admin_unit u, LATERAL applicable_threshold(1, u.id, 2026) t "
                + "WHERE u.code = :code AND u.valid_to IS NULL").param("code", commune).query(Integer.class).single())
                .isNotNegative();
    }

    @Test
    void refusesOtherProvincesWardsViewersAndBadInputLeavingNothingBehind() {
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "12", List.of());
        String other = code("level = 'commune' AND province_code = '14' AND kind = 'xa'");
        String ward = code("level = 'commune' AND province_code = '12' AND kind = 'phuong'");
        String commune = code("level = 'commune' AND province_code = '12' AND kind = 'xa'");
        String good = decision("border", 2026, 2026, "{\"code\": \"" + commune + "\"}");
        int before = jdbc.sql("SELECT count(*) FROM classification_decision").query(Integer.class).single();
        String classes = "SELECT string_agg(unit_id || ':' || year || border, ',' ORDER BY unit_id, year) "
                + "FROM commune_classification";
        String rows = jdbc.sql(classes).query(String.class).single();

        Api.Response otherProvince = api.send("POST", "/api/provinces/12/classifications",
                decision("border", 2026, 2026, "{\"code\": \"" + other + "\"}"), planner);
        Api.Response wardRefused = api.send("POST", "/api/provinces/12/classifications",
                decision("border", 2026, 2026, "{\"code\": \"" + ward + "\"}"), planner);

        assertThat(otherProvince.status()).isEqualTo(422);
        assertThat(otherProvince.json().get("detailVi").asString()).contains("tỉnh khác");
        assertThat(wardRefused.status()).isEqualTo(422);
        assertThat(wardRefused.json().get("detail").asString()).contains("ward");
        assertThat(api.send("POST", "/api/provinces/12/classifications", good,
                accounts.bearer(Role.VIEWER, null, List.of())).status()).isEqualTo(403);
        assertThat(api.send("POST", "/api/provinces/12/classifications", good,
                accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of())).status()).isEqualTo(403);
        assertThat(api.send("POST", "/api/provinces/12/classifications", good.replace("border", "rich"), planner)
                .status()).isEqualTo(400);
        assertThat(api.send("POST", "/api/provinces/12/classifications",
                decision("border", 2026, 2026, "{\"code\": \"'; DROP TABLE target; --\"}"), planner).status())
                .isEqualTo(400);
        assertThat(api.send("POST", "/api/provinces/12/classifications",
                decision("border", 2030, 2026, "{\"code\": \"" + commune + "\"}"), planner).status()).isEqualTo(400);
        // Years before the merger classified the communes of that time, which a decision here cannot list.
        assertThat(api.send("POST", "/api/provinces/12/classifications",
                decision("border", 2021, 2025, "{\"code\": \"" + commune + "\"}"), planner).status()).isEqualTo(400);
        assertThat(api.send("POST", "/api/provinces/12/classifications",
                decision("group", 2026, 2026, "{\"code\": \"" + commune + "\", \"group\": 7}"), planner).status())
                .isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM classification_decision").query(Integer.class).single())
                .isEqualTo(before);
        assertThat(jdbc.sql(classes).query(String.class).single()).isEqualTo(rows);
    }

    private static String decision(String kind, int from, int to, String units) {
        return "{\"kind\": \"" + kind + "\", \"decisionNo\": \"88/QĐ-UBND\", \"decisionDate\": \"2026-01-20\", "
                + "\"issuer\": \"UBND tỉnh\", \"yearFrom\": " + from + ", \"yearTo\": " + to + ", \"units\": ["
                + units + "]}";
    }

    private String code(String where) {
        return jdbc.sql("SELECT code FROM admin_unit WHERE valid_to IS NULL AND " + where + " ORDER BY code LIMIT 1")
                .query(String.class).single();
    }
}
