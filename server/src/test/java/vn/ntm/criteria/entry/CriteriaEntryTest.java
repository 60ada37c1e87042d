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

/** The entry form: checks, all-or-nothing saving, versions, audit. */
@IntegrationTest
class CriteriaEntryTest {

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPlannerRecordsResultsAndIndicatorValues() {
        String commune = commune("12", 0);
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "12", List.of());
        int version = version(commune);

        Api.Response saved = api.send("PUT", "/api/units/" + commune + "/criteria/2025", """
                {"version": %d, "results": [
                  {"number": "2", "result": "Đạt", "evidence": "Biên bản thẩm tra số 12",
                   "indicators": [{"code": "2.1", "value": "100"}, {"code": "2.2", "value": "91,5", "result": "đạt"},
                                  {"code": "2.3", "value": "88", "result": "Đạt"}, {"code": "2.4", "value": "75", "result": "Đạt"}]},
                  {"number": "10", "result": "chưa đạt", "indicators": [{"code": "10", "value": "35.2", "result": "Chưa đạt"}]}]}"""
                .formatted(version), planner);

        assertThat(saved.status()).as(saved.json().toString()).isEqualTo(200);
        assertThat(saved.json().get(commune).asInt()).isEqualTo(version + 1);
        JsonNode sheet = api.get("/api/units/" + commune + "?year=2025").json().get("criteria");
        JsonNode transport = sheet.get("results").get(1);
        assertThat(transport.get("result").asString()).isEqualTo("met");
        assertThat(transport.get("evidence").asString()).isEqualTo("Biên bản thẩm tra số 12");
        assertThat(transport.get("indicators").get(1).get("value").asDouble()).isEqualTo(91.5);
        assertThat(sheet.get("version").asInt()).isEqualTo(version + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity = 'criteria' AND entity_id = :id")
                .param("id", commune + "/2025").query(Integer.class).single()).isPositive();
    }

    @Test
    void valuesAreCheckedAgainstThresholdsAndCriteriaAgainstTheirIndicatorsAndNothingIsSaved() {
        String commune = commune("12", 1);
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "12", List.of());
        int version = version(commune);
        String before = sheet(commune);

        Api.Response rejected = api.send("PUT", "/api/units/" + commune + "/criteria/2025", """
                {"version": %d, "results": [
                  {"number": "2", "result": "Đạt", "indicators": [{"code": "2.1", "value": "60", "result": "Đạt"}]},
                  {"number": "3", "result": "Đạt", "indicators": [{"code": "3.1", "value": "70", "result": "Chưa đạt"}]},
                  {"number": "4", "result": "hơi đạt"},
                  {"number": "42", "result": "Đạt"},
                  {"number": "5", "result": "Đạt", "indicators": [{"code": "5", "value": "140", "result": "Đạt"}]}]}"""
                .formatted(version), planner);

        assertThat(rejected.status()).isEqualTo(400);
        List<String> errors = rejected.json().get("errors").valueStream()
                .map(e -> e.get("row").asString() + " " + e.get("column").asString()).toList();
        assertThat(errors).contains("results[0].indicators[0] result", "results[1] result", "results[2] result",
                "results[3] code", "results[4].indicators[0] value");
        assertThat(sheet(commune)).isEqualTo(before);
    }

    @Test
    void anEditAgainstAnOlderVersionIsAConflict() {
        String commune = commune("12", 2);
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "12", List.of());
        int version = version(commune);
        String form = "{\"version\": %d, \"results\": [{\"number\": \"1\", \"result\": \"%s\"}]}";

        assertThat(api.send("PUT", "/api/units/" + commune + "/criteria/2025", form.formatted(version, "Đạt"),
                planner).status()).isEqualTo(200);
        Api.Response stale = api.send("PUT", "/api/units/" + commune + "/criteria/2025",
                form.formatted(version, "Chưa đạt"), planner);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("changed since version " + version);
    }

    @Test
    void onlyStaffOfTheCommuneOrProvinceMayRecord() {
        String commune = commune("12", 3);
        String form = "{\"version\": " + version(commune) + ", \"results\": [{\"number\": \"1\", \"result\": \"Đạt\"}]}";

        assertThat(api.send("PUT", "/api/units/" + commune + "/criteria/2025", form,
                accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of())).status()).isEqualTo(400);
        assertThat(api.send("PUT", "/api/units/" + commune + "/criteria/2025", form,
                accounts.bearer(Role.SURVEYOR, "12", List.of())).status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/units/" + commune + "/criteria/2025", form,
                accounts.bearer(Role.COMMUNE_OFFICER, "12", List.of(commune))).status()).isEqualTo(200);
    }

    @Test
    void theEntryTakesATierAndRecordsAgainstThatTiersOwnSet() {
        String commune = commune("12", 2);
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "12", List.of());
        JsonNode advanced = api.get("/api/units/" + commune + "/criteria/2025?tier=advanced").json();
        int standardMet = api.get("/api/units/" + commune + "?year=2025").json().get("criteria").get("met").asInt();

        Api.Response saved = api.send("PUT", "/api/units/" + commune + "/criteria/2025?tier=advanced",
                "{\"version\": %d, \"results\": [{\"number\": \"1\", \"result\": \"Đạt\"}]}"
                        .formatted(advanced.get("version").asInt()), planner);
        Api.Response modern2025 = api.send("PUT", "/api/units/" + commune + "/criteria/2025?tier=modern",
                "{\"version\": %d, \"results\": [{\"number\": \"1\", \"result\": \"Đạt\"}]}"
                        .formatted(advanced.get("version").asInt() + 1), planner);

        assertThat(advanced.get("setCode").asString()).isEqualTo("XA_NTM_NANG_CAO_2021_2025");
        assertThat(advanced.get("total").asInt()).isEqualTo(19);
        assertThat(saved.status()).as(saved.json().toString()).isEqualTo(200);
        assertThat(api.get("/api/units/" + commune + "/criteria/2025?tier=advanced").json().get("met").asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/units/" + commune + "?year=2025").json().get("criteria").get("met").asInt())
                .as("an advanced result is not a standard criterion").isEqualTo(standardMet);
        assertThat(modern2025.status()).isEqualTo(400);
        assertThat(modern2025.json().get("errors").get(0).get("message").asString())
                .contains("No commune modern criteria set applies");
        assertThat(api.get("/api/units/" + commune + "/criteria/2026?tier=advanced").status()).isEqualTo(404);
        for (String hostile : List.of("Advanced", "standard'--", "x".repeat(300))) {
            Api.Response bad = api.send("PUT", "/api/units/" + commune + "/criteria/2025?tier=" + Api.encode(hostile),
                    "{\"version\": 0, \"results\": []}", planner);
            assertThat(bad.status()).as(hostile).isEqualTo(400);
            assertThat(bad.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("tier");
        }
    }

    @Test
    void sonLasOwnAdvancedSetHas17NumberedCriteriaForTheProvinceToName() {
        String oldCommune = jdbc.sql("""
                SELECT code FROM admin_unit WHERE level = 'commune' AND kind = 'xa' AND province_code = '14'
                  AND valid_to = DATE '2025-07-01' ORDER BY code LIMIT 1""").query(String.class).single();

        JsonNode sheet = api.get("/api/units/" + oldCommune + "/criteria/2019?tier=advanced").json();

        assertThat(sheet.get("setCode").asString()).isEqualTo("XA_NTM_NANG_CAO_SON_LA_2018_2020");
        assertThat(sheet.get("results")).hasSize(17);
        assertThat(sheet.get("results").get(16).get("name").asString()).isEqualTo("Tiêu chí 17 (tên do tỉnh bổ sung)");
        assertThat(api.get("/api/units/03388/criteria/2019?tier=advanced").status()).isIn(404, 422);
    }

    @Test
    void theTemplateHasNoWard() {
        String csv = new String(api.send("GET", "/api/criteria/template?province=14&year=2025&format=csv", null,
                accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of())).bytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv).contains("03688").doesNotContain("03679", "Phường ");
    }

    private String commune(String province, int index) {
        return jdbc.sql("""
                SELECT code FROM admin_unit WHERE level = 'commune' AND kind = 'xa' AND valid_to IS NULL AND province_code = :p
                  AND status_at(id, DATE '2025-12-31') = 'none' ORDER BY code OFFSET :i LIMIT 1""")
                .param("p", province).param("i", index).query(String.class).single();
    }

    private int version(String commune) {
        return api.get("/api/units/" + commune + "?year=2025").json().get("criteria").get("version").asInt();
    }

    private String sheet(String commune) {
        return api.get("/api/units/" + commune + "?year=2025").json().get("criteria").toString();
    }
}
