package vn.ntm.criteria.entry;

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

/** A sheet entered in error is cleared by someone who may edit it, at the version read, and audited. */
@IntegrationTest
class CriteriaClearTest {

    private static final String RESULTS = """
            SELECT r.criterion_id, r.result, r.evidence, r.is_demo, r.updated_by, r.row_version
            FROM criterion_result r JOIN admin_unit u ON u.id = r.unit_id
            WHERE u.code = :code AND u.valid_to IS NULL AND r.year = 2025 ORDER BY r.criterion_id""";
    private static final String VALUES = """
            SELECT r.indicator_id, r.value_numeric, r.value_bool, r.met, r.evidence, r.is_demo, r.updated_by, r.row_version
            FROM indicator_result r JOIN admin_unit u ON u.id = r.unit_id
            WHERE u.code = :code AND u.valid_to IS NULL AND r.year = 2025 ORDER BY r.indicator_id""";

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPlannerClearsASheetEnteredInErrorAndTheAuditKeepsIt() {
        String code = commune();
        List<Map<String, Object>> stored = jdbc.sql(RESULTS).param("code", code).query().listOfRows();
        List<Map<String, Object>> values = jdbc.sql(VALUES).param("code", code).query().listOfRows();
        assertThat(stored).isNotEmpty();
        JsonNode sheet = api.get("/api/units/" + code + "/criteria/2025").json();
        int version = sheet.get("version").asInt();
        String path = "/api/units/" + code + "/criteria/2025?version=";
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of());

        assertThat(api.send("DELETE", path + version, null, accounts.bearer(Role.PROVINCE_PLANNER, "12", List.of()))
                .status()).isEqualTo(403);
        assertThat(api.send("DELETE", path + version, null, accounts.bearer(Role.COMMUNE_OFFICER, "14",
                List.of("03679"))).status()).isEqualTo(403);
        assertThat(api.send("DELETE", path + version, null, accounts.bearer(Role.VIEWER, null, List.of()))
                .status()).isEqualTo(403);
        assertThat(api.send("DELETE", path + (version + 1), null, planner).status()).isEqualTo(409);
        for (String hostile : List.of("abc", "1%27%20OR%201=1", "", "99999999999")) {
            assertThat(api.send("DELETE", path + hostile, null, planner).status()).as(hostile).isEqualTo(400);
        }
        assertThat(api.send("DELETE", "/api/units/" + code + "/criteria/2025?version=" + version + "&tier=x%27",
                null, planner).status()).isEqualTo(400);
        assertThat(jdbc.sql(RESULTS).param("code", code).query().listOfRows()).isEqualTo(stored);
        assertThat(jdbc.sql(VALUES).param("code", code).query().listOfRows()).isEqualTo(values);

        try {
            Api.Response cleared = api.send("DELETE", path + version, null, planner);

            assertThat(cleared.status()).isEqualTo(200);
            assertThat(cleared.json().get("met").asInt()).isZero();
            assertThat(jdbc.sql(RESULTS).param("code", code).query().listOfRows()).isEmpty();
            assertThat(jdbc.sql(VALUES).param("code", code).query().listOfRows()).isEmpty();
            JsonNode entry = api.send("GET", "/api/audit?entity=criteria&entityId=" + code + "/2025&limit=1", null,
                    planner).json().get(0);
            assertThat(entry.get("action").asString()).isEqualTo("clear");
            assertThat(entry.get("before").asString()).contains("\"met\": " + sheet.get("met").asInt() + ",");
            assertThat(entry.get("undo").get("request").asString())
                    .isEqualTo("PUT /api/units/" + code + "/criteria/2025");
        } finally {
            restore(code, stored, values);
        }
    }

    /** Puts the demo's results and values back. */
    private void restore(String code, List<Map<String, Object>> stored, List<Map<String, Object>> values) {
        long unit = jdbc.sql("SELECT id FROM admin_unit WHERE code = :code AND valid_to IS NULL").param("code", code)
                .query(Long.class).single();
        jdbc.sql("DELETE FROM criterion_result WHERE unit_id = :unit AND year = 2025").param("unit", unit).update();
        jdbc.sql("DELETE FROM indicator_result WHERE unit_id = :unit AND year = 2025").param("unit", unit).update();
        stored.forEach(row -> jdbc.sql("""
                INSERT INTO criterion_result (unit_id, year, criterion_id, result, evidence, is_demo, updated_by, row_version)
                VALUES (:unit, 2025, :criterion_id, :result, :evidence, :is_demo, :updated_by, :row_version)""")
                .params(row).param("unit", unit).update());
        values.forEach(row -> jdbc.sql("""
                INSERT INTO indicator_result (unit_id, year, indicator_id, value_numeric, value_bool, met, evidence,
                                              is_demo, updated_by, row_version)
                VALUES (:unit, 2025, :indicator_id, :value_numeric, :value_bool, :met, :evidence, :is_demo,
                        :updated_by, :row_version)""")
                .params(row).param("unit", unit).update());
    }

    private String commune() {
        return jdbc.sql("""
                SELECT u.code FROM admin_unit u WHERE u.level = 'commune' AND u.kind = 'xa' AND u.valid_to IS NULL
                  AND u.province_code = '14' AND criteria_met(u.id, 2025) > 0
                ORDER BY u.code DESC LIMIT 1""").query(String.class).single();
    }
}
