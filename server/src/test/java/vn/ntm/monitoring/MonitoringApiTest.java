package vn.ntm.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.Oracle;
import vn.ntm.support.TestAccounts;

@IntegrationTest
class MonitoringApiTest {

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void provinceIndicatorsEqualDirectCounts() {
        JsonNode summary = api.get("/api/provinces/15/indicators?year=2025").json();

        // Denominators are the xã only (kind 'xa'): Lào Cai's 99 units of 2025 are 89 xã and 10 phường.
        assertThat(summary.get("communes").get("total").asInt()).isEqualTo(89);
        assertThat(summary.get("communesNotAssessed").asInt()).isEqualTo(10);
        String xa = "u.level = 'commune' AND u.kind = 'xa' AND u.province_code = '15'";
        Collection<Integer> met = Oracle.criteriaMet(jdbc, xa, 2025).values();
        assertThat(summary.get("communes").get("atLeast").get("standard").asInt())
                .isEqualTo(Oracle.standing(jdbc, xa, LocalDate.of(2025, 12, 31)));
        assertThat(summary.get("communesBelow15").asInt()).isEqualTo(met.stream().filter(n -> n < 15).count());
        assertThat(summary.get("averageCriteriaMet").asDouble())
                .isCloseTo(met.stream().mapToInt(Integer::intValue).average().orElseThrow(), within(0.01));
        assertThat(summary.get("villages").get("total").asInt()).isEqualTo(jdbc.sql("""
                SELECT count(*) FROM admin_unit v JOIN admin_unit c ON c.id = v.parent_id AND c.kind = 'xa'
                WHERE v.level = 'village' AND v.province_code = '15' AND v.valid_to IS NULL""").query(Integer.class).single());
    }

    @Test
    void aRecognitionNeedsEveryCriterionMetAndIsAudited() {
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "12", List.of());
        String lagging = commune("12", "kind = 'xa' AND criteria_met(id, 2025) < criteria_total('commune', 2025)");
        String ready = commune("12", "kind = 'xa' AND criteria_met(id, 2025) = criteria_total('commune', 2025) "
                + "AND status_at(id, DATE '2025-12-31') = 'standard'");
        advancedAssessment(ready, "met");
        String event = "{\"event\": \"recognized\", \"level\": \"%s\", \"eventDate\": \"2025-12-30\", "
                + "\"decisionNo\": \"2999/QĐ-UBND\", \"signer\": \"Chủ tịch UBND tỉnh Lai Châu\"}";

        Api.Response refused = api.send("POST", "/api/units/" + lagging + "/status-events",
                event.formatted("standard"), planner);
        Api.Response skipping = api.send("POST", "/api/units/" + lagging + "/status-events",
                event.formatted("model"), planner);
        Api.Response advanced = api.send("POST", "/api/units/" + ready + "/status-events",
                event.formatted("advanced"), planner);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("all must be met");
        assertThat(refused.json().get("detailVi").asString()).contains("phải đạt");
        assertThat(skipping.status()).isEqualTo(422);
        assertThat(advanced.status()).isEqualTo(201);
        assertThat(api.get("/api/units/" + ready + "?year=2025").json().get("status").asString()).isEqualTo("advanced");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity = 'status' AND entity_id = :code")
                .param("code", ready).query(Integer.class).single()).isEqualTo(1);
        assertThat(api.send("POST", "/api/units/" + ready + "/status-events", event.formatted("advanced"),
                accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of())).status()).isEqualTo(403);
    }

    @Test
    void checksFlagAStatusItsCriteriaNoLongerSupportAndTheWithdrawalRule() {
        String recognised = commune("15", "status_at(id, DATE '2026-12-31') <> 'none'");
        long id = jdbc.sql("SELECT id FROM admin_unit WHERE code = :c AND valid_to IS NULL").param("c", recognised)
                .query(Long.class).single();
        setCriteria(id, "not_met");
        try {
            JsonNode issue = api.get("/api/provinces/15/checks?year=2026").json().valueStream()
                    .filter(i -> i.get("code").asString().equals(recognised)).findFirst().orElseThrow();

            assertThat(issue.get("problem").asString()).isEqualTo("withdrawal_rule");
            assertThat(issue.get("criteriaFailing").asInt()).isEqualTo(5);
            assertThat(issue.get("failingCriteria").asString()).isEqualTo("3, 4, 5, 6, 7");
        } finally {
            setCriteria(id, "met");
        }
        assertThat(api.get("/api/provinces/15/checks?year=2026").json().valueStream()
                .map(i -> i.get("code").asString())).doesNotContain(recognised);
    }

    @Test
    void targetsShowActualsAndATrendAndPlannersSetThem() {
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "15", List.of());
        // Only Lào Cai's: the seeds now hold Lai Châu's real 2035 target, which other tests read.
        jdbc.sql("DELETE FROM target WHERE year = 2035 AND metric = 'communes_standard' "
                + "AND unit_id IN (SELECT id FROM admin_unit WHERE province_code = '15')").update();

        // A target now records the decision that set it (issue 11): the requests name one.
        String decision = "\"decisionNo\": \"15/QĐ-UBND\", \"decisionDate\": \"2026-01-05\"";
        Api.Response created = api.send("PUT", "/api/provinces/15/targets/2035/communes_standard",
                "{\"value\": 10, \"note\": \"Mục tiêu thử\", " + decision + "}", planner);
        Api.Response stale = api.send("PUT", "/api/provinces/15/targets/2035/communes_standard",
                "{\"value\": 12, \"version\": 7, " + decision + "}", planner);

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().get("status").asString()).isEqualTo("on_track");
        // Counted on the communes the programme assesses (xã), not wards: issue 11's denominators.
        assertThat(created.json().get("actuals").get("2025").asDouble()).isEqualTo(Oracle.standing(jdbc,
                "u.level = 'commune' AND u.province_code = '15' AND u.kind = 'xa'", LocalDate.of(2025, 12, 31)));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.send("PUT", "/api/provinces/15/targets/2035/communes_standard",
                "{\"value\": 12, \"version\": 0, " + decision + "}",
                accounts.bearer(Role.COMMUNE_OFFICER, "15", List.of(commune("15", "true")))).status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/provinces/15/targets/2030/happiness", "{\"value\": 1}", planner).status())
                .isEqualTo(400);
    }

    @Test
    void mapIndicatorsAgreeWithTheMap() {
        JsonNode report = api.get("/api/units/03679/map-indicators?maxKm=2").json();
        JsonNode water = report.get("facilities").valueStream()
                .filter(f -> f.get("category").asString().equals("water_supply")).findFirst().orElseThrow();

        assertThat(water.get("villagesWith").asInt()).isEqualTo(jdbc.sql("""
                SELECT count(*) FROM admin_unit v JOIN admin_unit c ON c.id = v.parent_id
                WHERE c.code = '03679' AND c.valid_to IS NULL AND EXISTS (
                    SELECT 1 FROM infrastructure i WHERE i.village_id = v.id AND i.category = 'water_supply')""")
                .query(Integer.class).single());
        assertThat(report.get("farVillages")).allSatisfy(v -> assertThat(v.get("km").asDouble()).isGreaterThan(2));
        assertThat(api.get("/api/units/03679/map-indicators?maxKm=0").status()).isEqualTo(400);
    }

    @Test
    void whatACommuneDeclaredIsComparedWithTheMapAndAGapIsFlagged() {
        JsonNode map = api.get("/api/units/03688/map-indicators?year=2025").json();
        double communeRoads = roadPercent(map, "xa", "pavedPercent");
        double villageRoads = roadPercent(map, "truc_thon", "hardenedPercent");
        declare("03688", "2.1", communeRoads > 50 ? communeRoads - 30 : communeRoads + 30);
        declare("03688", "2.2", villageRoads);

        JsonNode comparisons = api.get("/api/units/03688/map-indicators?year=2025").json().get("comparisons");

        JsonNode first = comparisons.get(0);
        assertThat(first.get("indicator").asString()).isEqualTo("2.1");
        assertThat(first.get("map").asDouble()).isEqualTo(communeRoads);
        assertThat(Math.abs(first.get("declared").asDouble() - communeRoads)).isEqualTo(30.0);
        assertThat(first.get("differs").asBoolean()).isTrue();
        assertThat(comparisons.get(1).get("differs").asBoolean()).isFalse();
        assertThat(comparisons.valueStream().map(c -> c.get("indicator").asString()))
                .containsExactly("2.1", "2.2", "4.2", "17.1");
        assertThat(api.get("/api/units/03688/map-indicators?year=2026").json().get("comparisons")).isEmpty();
    }

    @Test
    void indicator21CountsOnlyAsphaltAndConcreteWhile22CountsGravelAsHardened() {
        long commune = jdbc.sql("SELECT id FROM admin_unit WHERE code = '03688' AND valid_to IS NULL")
                .query(Long.class).single();
        List<Long> demoRoads = jdbc.sql("""
                SELECT id FROM infrastructure WHERE commune_id = :c AND category = 'road' AND status = 'existing'""")
                .param("c", commune).query(Long.class).list();
        jdbc.sql("UPDATE infrastructure SET status = 'planned' WHERE id IN (:ids)").param("ids", demoRoads).update();
        // Commune roads: 1 km asphalt, 1 km gravel, 2 km earth; village roads: 1 km concrete, 3 km gravel.
        road(commune, "xa", "asphalt", 1);
        road(commune, "xa", "gravel", 1);
        road(commune, "xa", "earth", 2);
        road(commune, "truc_thon", "concrete", 1);
        road(commune, "truc_thon", "gravel", 3);
        try {
            JsonNode map = api.get("/api/units/03688/map-indicators?year=2025").json();
            Map<String, JsonNode> compared = new java.util.HashMap<>();
            map.get("comparisons").forEach(c -> compared.put(c.get("indicator").asString(), c));

            assertThat(roadPercent(map, "xa", "pavedPercent")).isCloseTo(25.0, within(0.2));
            assertThat(roadPercent(map, "xa", "hardenedPercent")).isCloseTo(50.0, within(0.2));
            assertThat(compared.get("2.1").get("map").asDouble()).isCloseTo(25.0, within(0.2));
            assertThat(compared.get("2.1").get("ruleVi").asString()).contains("nhựa hóa hoặc bê tông hóa", "cấp phối");
            assertThat(compared.get("2.1").get("ruleEn").asString()).contains("gravel and earth roads do not count");
            assertThat(compared.get("2.2").get("map").asDouble()).isCloseTo(100.0, within(0.2));
            assertThat(compared.get("2.2").get("ruleEn").asString()).contains("asphalt, concrete or gravel");
            assertThat(compared.values()).allSatisfy(c -> assertThat(c.get("ruleVi").asString()).isNotBlank());
        } finally {
            jdbc.sql("DELETE FROM infrastructure WHERE commune_id = :c AND updated_by = 'test'").param("c", commune).update();
            jdbc.sql("UPDATE infrastructure SET status = 'existing' WHERE id IN (:ids)").param("ids", demoRoads).update();
        }
    }

    /** A straight road of about {@code km} kilometres going north from the commune's centre. */
    private void road(long commune, String roadClass, String surface, double km) {
        jdbc.sql("""
                INSERT INTO infrastructure (category, subtype, name, geom, commune_id, status, surface, hardened,
                                            data_source, updated_by)
                SELECT 'road', :class, 'Đường thử', ST_MakeLine(p, ST_Project(p::geography, :m, 0)::geometry),
                       :c, 'existing', :surface, :surface <> 'earth', 'test', 'test'
                FROM (SELECT ST_PointOnSurface(geom) AS p FROM admin_unit WHERE id = :c) x""")
                .param("class", roadClass).param("surface", surface).param("m", km * 1000).param("c", commune).update();
    }

    private static double roadPercent(JsonNode map, String roadClass, String figure) {
        return map.get("roads").valueStream().filter(r -> r.get("roadClass").asString().equals(roadClass))
                .findFirst().orElseThrow().get(figure).asDouble();
    }

    /** Records a commune's 2025 results against the advanced set (QĐ 318), all with one result. */
    private void advancedAssessment(String commune, String result) {
        jdbc.sql("""
                INSERT INTO criterion_result (unit_id, year, criterion_id, result, updated_by)
                SELECT u.id, 2025, c.id, :result, 'test'
                FROM admin_unit u, criterion c JOIN criteria_set s ON s.id = c.set_id AND s.code = 'XA_NTM_NANG_CAO_2021_2025'
                WHERE u.code = :commune AND u.valid_to IS NULL
                ON CONFLICT (unit_id, year, criterion_id) DO UPDATE SET result = EXCLUDED.result""")
                .param("commune", commune).param("result", result).update();
    }

    private void declare(String commune, String indicator, double value) {
        jdbc.sql("""
                INSERT INTO indicator_result (unit_id, year, indicator_id, value_numeric, met, updated_by)
                SELECT u.id, 2025, i.id, :value, false, 'test'
                FROM admin_unit u, indicator i JOIN criterion c ON c.id = i.criterion_id
                JOIN criteria_set s ON s.id = c.set_id AND s.code = 'XA_NTM_2021_2025'
                WHERE u.code = :commune AND u.valid_to IS NULL AND i.code = :indicator
                ON CONFLICT (unit_id, year, indicator_id) DO UPDATE SET value_numeric = EXCLUDED.value_numeric""")
                .param("commune", commune).param("indicator", indicator).param("value", value).update();
    }

    /** Sets criteria 3 to 7 of 2026 of a commune. */
    private void setCriteria(long unitId, String result) {
        jdbc.sql("""
                UPDATE criterion_result SET result = :result
                WHERE unit_id = :id AND year = 2026
                  AND criterion_id IN (SELECT c.id FROM criterion c JOIN criteria_set s ON s.id = c.set_id
                                       WHERE s.code = 'XA_NTM_2026_2030' AND c.number IN (3, 4, 5, 6, 7))""")
                .param("id", unitId).param("result", result).update();
    }

    private int count(String where) {
        return jdbc.sql("SELECT count(*) FROM admin_unit WHERE " + where).query(Integer.class).single();
    }

    private String commune(String province, String condition) {
        return jdbc.sql("SELECT code FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL AND province_code = :p "
                + "AND " + condition + " ORDER BY code LIMIT 1").param("p", province).query(String.class).single();
    }
}
