package vn.ntm.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

/**
 * Every level has its prerequisite and its own assessment; a level never held cannot be revoked;
 * a ward holds no NTM status. Events recorded here carry decision numbers starting "T-" and are
 * removed; results written here are removed and the demo's they replaced put back.
 */
@IntegrationTest
class RecognitionRulesTest {

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    /** The code the server gives Lai Châu's own xã NTM hiện đại set of 2026–2030. */
    static final String MODERN_SET = "XA_MODERN_12_2026_2030";

    private final List<Map<String, Object>> replaced = new ArrayList<>();

    @AfterEach
    void restoreTheDemo() {
        jdbc.sql("DELETE FROM status_event WHERE decision_no LIKE 'T-%'").update();
        jdbc.sql("DELETE FROM criterion_result WHERE updated_by = 'test'").update();
        replaced.forEach(row -> jdbc.sql("""
                INSERT INTO criterion_result (unit_id, year, criterion_id, result, evidence, is_demo, updated_by, row_version)
                VALUES (:unit_id, :year, :criterion_id, :result, :evidence, :is_demo, :updated_by, :row_version)""")
                .params(row).update());
        jdbc.sql("DELETE FROM criterion WHERE set_id IN (SELECT id FROM criteria_set WHERE code = :c)")
                .param("c", MODERN_SET).update();
        jdbc.sql("DELETE FROM criteria_set WHERE code = :c").param("c", MODERN_SET).update();
        jdbc.sql("DELETE FROM legal_document WHERE number = 'T-HĐ/QĐ-UBND'").update();
    }

    @Test
    void standardNeedsEveryCriterionOfTheYearsSet() {
        String seven = commune("kind = 'xa' AND status_at(id, DATE '2026-12-31') = 'none'");
        setResults(seven, 2026, "XA_NTM_2026_2030", 7);

        Api.Response refused = post(seven, "recognized", "standard", "2026-11-30");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("met 7 of 10 criteria of XA_NTM_2026_2030");
        assertThat(refused.json().get("detailVi").asString()).contains("7/10");
        assertThat(events(seven)).isEqualTo(0);
    }

    @Test
    void modernNeedsStandardHeldAndTheProvincesOwnModernAssessment() {
        String seven = commune("kind = 'xa' AND status_at(id, DATE '2026-12-31') = 'none'");
        String standard = commune("kind = 'xa' AND province_code = '12' AND status_at(id, DATE '2026-12-31') = 'standard' "
                + "AND criteria_met(id, 2026) = 10");

        Api.Response withoutStandard = post(seven, "recognized", "modern", "2026-11-30");
        Api.Response withoutSet = post(standard, "recognized", "modern", "2026-11-30");
        String set = """
                {"nameVi": "Bộ tiêu chí xã NTM hiện đại tỉnh Lai Châu (thử)", "yearFrom": 2026, "yearTo": 2030,
                 "decisionNo": "T-HĐ/QĐ-UBND", "decisionDate": "2026-03-01",
                 "criteria": [{"number": 1, "nameVi": "Chuyển đổi số toàn diện"}, {"number": 2, "nameVi": "Kinh tế xanh"}]}""";
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "12", List.of());
        Api.Response standardSet = api.send("POST", "/api/provinces/12/commune-criteria/standard", set, planner);
        Api.Response hostileTier = api.send("POST", "/api/provinces/12/commune-criteria/" + Api.encode("modern'--"), set,
                planner);
        Api.Response otherPlanner = api.send("POST", "/api/provinces/12/commune-criteria/modern", set,
                accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of()));
        Api.Response defined = api.send("POST", "/api/provinces/12/commune-criteria/modern", set, planner);
        setResults(standard, 2026, MODERN_SET, 1);
        Api.Response halfMet = post(standard, "recognized", "modern", "2026-11-30");
        setResults(standard, 2026, MODERN_SET, 2);
        Api.Response met = post(standard, "recognized", "modern", "2026-11-30");

        assertThat(standardSet.status()).isEqualTo(400);
        assertThat(hostileTier.status()).isEqualTo(400);
        assertThat(otherPlanner.status()).isEqualTo(403);
        assertThat(defined.status()).as(defined.json().toString()).isEqualTo(201);
        assertThat(defined.json().get("code").asString()).isEqualTo(MODERN_SET);
        assertThat(api.get("/api/provinces/12/commune-criteria/modern").json()).hasSize(1);
        assertThat(withoutStandard.status()).isEqualTo(422);
        assertThat(withoutStandard.json().get("type").asString()).endsWith("/prerequisite");
        assertThat(withoutSet.status()).isEqualTo(422);
        assertThat(withoutSet.json().get("detail").asString()).contains("has not issued its xã NTM hiện đại criteria");
        assertThat(halfMet.status()).isEqualTo(422);
        assertThat(met.status()).as(met.json().toString()).isEqualTo(201);
        assertThat(jdbc.sql("""
                SELECT s.code FROM status_event e JOIN criteria_set s ON s.id = e.criteria_set_id
                WHERE e.decision_no = 'T-modern'""").query(String.class).single()).isEqualTo(MODERN_SET);
    }

    @Test
    void advancedIsAssessedAgainstTheAdvancedSetAndOnly2021To2025() {
        String standard2025 = commune("kind = 'xa' AND status_at(id, DATE '2025-12-31') = 'standard' "
                + "AND criteria_met(id, 2025) = 19 AND status_at(id, DATE '2026-12-31') = 'standard'");

        Api.Response noAssessment = post(standard2025, "recognized", "advanced", "2025-12-30");
        Api.Response in2026 = post(standard2025, "recognized", "advanced", "2026-06-30");

        assertThat(noAssessment.status()).isEqualTo(422);
        assertThat(noAssessment.json().get("detail").asString())
                .contains("met 0 of 19 criteria of XA_NTM_NANG_CAO_2021_2025");
        assertThat(in2026.status()).isEqualTo(422);
        assertThat(in2026.json().get("detail").asString()).contains("QĐ 51/2025 has no national advanced set");
        assertThat(events(standard2025)).isEqualTo(jdbc.sql("SELECT count(*) FROM status_event e JOIN admin_unit u "
                + "ON u.id = e.unit_id WHERE u.code = :c AND u.valid_to IS NULL AND e.is_demo").param("c", standard2025)
                .query(Integer.class).single());
    }

    @Test
    void modelNeedsAdvancedHeldAndTheFourConditionsMet() {
        String advanced = commune("kind = 'xa' AND status_at(id, DATE '2025-12-31') = 'advanced'");
        String standard = commune("kind = 'xa' AND status_at(id, DATE '2025-12-31') = 'standard' AND criteria_met(id, 2025) = 19");
        setResults(standard, 2025, "XA_NTM_KIEU_MAU_2021_2025", 4);

        Api.Response skipping = post(standard, "recognized", "model", "2025-12-30");
        Api.Response unmet = post(advanced, "recognized", "model", "2025-12-30");
        setResults(advanced, 2025, "XA_NTM_KIEU_MAU_2021_2025", 4);
        Api.Response supported = post(advanced, "recognized", "model", "2025-12-30");

        assertThat(skipping.status()).isEqualTo(422);
        assertThat(skipping.json().get("detail").asString()).contains("must hold the advanced level");
        assertThat(unmet.status()).isEqualTo(422);
        assertThat(unmet.json().get("detail").asString()).contains("of 4 criteria of XA_NTM_KIEU_MAU_2021_2025");
        assertThat(supported.status()).as(supported.json().toString()).isEqualTo(201);
    }

    @Test
    void aVillageNeedsStandardAndItsProvincesVillageCriteria() {
        String village = jdbc.sql("""
                SELECT v.code FROM admin_unit v JOIN admin_unit c ON c.id = v.parent_id
                WHERE v.level = 'village' AND v.valid_to IS NULL AND c.kind = 'xa' AND c.province_code = '12'
                  AND status_at(v.id, DATE '2026-12-31') = 'none'
                ORDER BY v.code LIMIT 1""").query(String.class).single();
        long before = jdbc.sql("SELECT count(*) FROM status_event").query(Long.class).single();

        Api.Response model = post(village, "recognized", "model", "2026-11-30");
        Api.Response standard = post(village, "recognized", "standard", "2026-11-30");

        // Village recognitions were accepted unchecked: model without standard, standard with no criteria met.
        assertThat(model.status()).isEqualTo(422);
        assertThat(model.json().get("type").asString()).endsWith("/prerequisite");
        assertThat(standard.status()).isEqualTo(422);
        assertThat(standard.json().get("type").asString()).matches(".*/(no-assessment-set|criteria-not-met)");
        assertThat(jdbc.sql("SELECT count(*) FROM status_event").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aLevelNeverHeldCannotBeRevokedOrLapse() {
        String none = commune("kind = 'xa' AND status_at(id, DATE '2026-12-31') = 'none'");
        String standard = commune("kind = 'xa' AND status_at(id, DATE '2026-12-31') = 'standard'");

        Api.Response revokeNone = post(none, "revoked", "standard", "2026-11-30");
        Api.Response revokeAbove = post(standard, "revoked", "advanced", "2026-11-30");
        Api.Response lapse = send(none, "{\"event\": \"lapsed_by_merger\", \"level\": \"standard\", \"eventDate\": \"2026-11-30\"}");
        Api.Response revokeHeld = post(standard, "revoked", "standard", "2026-11-30");

        assertThat(revokeNone.status()).isEqualTo(422);
        assertThat(revokeNone.json().get("type").asString()).endsWith("/level-not-held");
        assertThat(revokeAbove.status()).isEqualTo(422);
        assertThat(lapse.status()).isEqualTo(422);
        assertThat(revokeHeld.status()).isEqualTo(201);
    }

    @Test
    void oldLaoCaisRecordsAreKeptByTheMergedLaoCai() {
        String oldXa = jdbc.sql("""
                SELECT code FROM admin_unit WHERE level = 'commune' AND kind = 'xa' AND province_code = '10'
                  AND status_at(id, DATE '2020-12-31') = 'standard' ORDER BY code LIMIT 1""").query(String.class).single();
        String body = "{\"event\": \"revoked\", \"level\": \"standard\", \"eventDate\": \"2020-12-30\", "
                + "\"decisionNo\": \"T-old\"}";

        Api.Response otherProvince = api.send("POST", "/api/units/" + oldXa + "/status-events", body,
                accounts.bearer(Role.PROVINCE_PLANNER, "12", List.of()));
        Api.Response laoCai = api.send("POST", "/api/units/" + oldXa + "/status-events", body,
                accounts.bearer(Role.PROVINCE_PLANNER, "15", List.of()));

        assertThat(otherProvince.status()).isEqualTo(403);
        assertThat(laoCai.status()).as(laoCai.json().toString()).isEqualTo(201);
        assertThat(jdbc.sql("""
                SELECT status_at(u.id, DATE '2020-12-31') FROM admin_unit u
                WHERE u.code = :c AND u.province_code = '10'""").param("c", oldXa).query(String.class).single())
                .isEqualTo("none");
    }

    @Test
    void aWardHoldsNoStatusAndNoCriteria() {
        long before = jdbc.sql("SELECT (SELECT count(*) FROM status_event) + (SELECT count(*) FROM criterion_result)")
                .query(Long.class).single();

        Api.Response status = post("03679", "recognized", "standard", "2026-11-30");
        Api.Response criteria = api.send("PUT", "/api/units/03679/criteria/2026",
                "{\"version\": 0, \"results\": [{\"number\": \"1\", \"result\": \"Đạt\"}]}", admin());
        Api.Response sheet = api.get("/api/units/03679/criteria/2026");

        assertThat(status.status()).isEqualTo(422);
        assertThat(status.contentType()).startsWith("application/problem+json");
        assertThat(status.json().get("detail").asString()).contains("Phường Chiềng Sinh is a ward (phường)");
        assertThat(status.json().get("detailVi").asString()).contains("không phải đối tượng đánh giá nông thôn mới");
        assertThat(criteria.status()).isEqualTo(422);
        assertThat(criteria.json().get("type").asString()).endsWith("/not-assessed");
        assertThat(criteria.json().get("detailVi").asString()).contains("Phường Chiềng Sinh");
        assertThat(sheet.status()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT (SELECT count(*) FROM status_event) + (SELECT count(*) FROM criterion_result)")
                .query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM status_event e JOIN admin_unit u ON u.id = e.unit_id
                WHERE u.level = 'commune' AND u.kind <> 'xa'""").query(Integer.class).single()).isZero();
    }

    private Api.Response post(String code, String event, String level, String date) {
        return send(code, "{\"event\": \"%s\", \"level\": \"%s\", \"eventDate\": \"%s\", \"decisionNo\": \"T-%s\"}"
                .formatted(event, level, date, level));
    }

    private Api.Response send(String code, String body) {
        return api.send("POST", "/api/units/" + code + "/status-events", body, admin());
    }

    private Map<String, String> admin() {
        return accounts.bearer(Role.ADMIN, null, List.of());
    }

    /** Records the first {@code met} criteria of a set as met, the rest as not met. */
    private void setResults(String code, int year, String set, int met) {
        replaced.addAll(jdbc.sql("""
                SELECT r.unit_id, r.year, r.criterion_id, r.result, r.evidence, r.is_demo, r.updated_by, r.row_version
                FROM criterion_result r
                JOIN admin_unit u ON u.id = r.unit_id AND u.code = :code AND u.valid_to IS NULL
                JOIN criterion c ON c.id = r.criterion_id JOIN criteria_set s ON s.id = c.set_id AND s.code = :set
                WHERE r.year = :year AND r.updated_by <> 'test'""")
                .param("code", code).param("year", year).param("set", set).query().listOfRows());
        jdbc.sql("""
                INSERT INTO criterion_result (unit_id, year, criterion_id, result, updated_by)
                SELECT u.id, :year, c.id, CASE WHEN c.number <= :met THEN 'met' ELSE 'not_met' END, 'test'
                FROM admin_unit u, criterion c JOIN criteria_set s ON s.id = c.set_id AND s.code = :set
                WHERE u.code = :code AND u.valid_to IS NULL
                ON CONFLICT (unit_id, year, criterion_id) DO UPDATE SET result = EXCLUDED.result, updated_by = 'test'""")
                .param("code", code).param("year", year).param("set", set).param("met", met).update();
    }

    private int events(String code) {
        return jdbc.sql("""
                SELECT count(*) FROM status_event e JOIN admin_unit u ON u.id = e.unit_id
                WHERE u.code = :c AND u.valid_to IS NULL""").param("c", code).query(Integer.class).single();
    }

    private String commune(String condition) {
        return jdbc.sql("SELECT code FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL AND " + condition
                + " ORDER BY md5(code) LIMIT 1").query(String.class).single();
    }
}
