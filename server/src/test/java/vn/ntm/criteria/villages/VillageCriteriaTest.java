package vn.ntm.criteria.villages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.Multipart;
import vn.ntm.support.TestAccounts;

/** A province defines its village criteria; its villages are then assessed against them like communes. */
@IntegrationTest
class VillageCriteriaTest {

    static final String SET = """
            {"nameVi": "Bộ tiêu chí thôn, bản nông thôn mới tỉnh Sơn La", "nameEn": "Sơn La village NTM criteria",
             "yearFrom": 2026, "yearTo": 2030, "decisionNo": "%s", "decisionDate": "2026-03-02",
             "criteria": [{"number": 1, "nameVi": "Giao thông", "key": true},
                          {"number": 2, "nameVi": "Nhà văn hóa và khu thể thao thôn"},
                          {"number": 3, "nameVi": "Thu nhập", "nameEn": "Income"}]}""";

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPlannerDefinesTheSetAndAnOfficerAssessesAVillageOfTheirCommune() {
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of());
        Api.Response defined = api.send("POST", "/api/provinces/14/village-criteria", SET.formatted("QĐ 99/QĐ-UBND"),
                planner);
        assertThat(defined.status()).as(defined.json().toString()).isEqualTo(201);
        assertThat(defined.json().get("code").asString()).isEqualTo("THON_14_2026_2030");
        assertThat(defined.json().get("criteria").get(2).get("nameEn").asString()).isEqualTo("Income");
        assertThat(defined.json().get("criteria").get(1).get("nameEn").asString())
                .isEqualTo("Nhà văn hóa và khu thể thao thôn");
        assertThat(api.get("/api/provinces/14/village-criteria").json().get(0).get("decisionNo").asString())
                .isEqualTo("QĐ 99/QĐ-UBND");
        assertThat(api.send("POST", "/api/provinces/14/village-criteria", SET.formatted("QĐ 100/QĐ-UBND"), planner)
                .status()).isEqualTo(409);

        String village = jdbc.sql("""
                SELECT v.code FROM admin_unit v JOIN admin_unit c ON c.id = v.parent_id
                WHERE v.level = 'village' AND c.code = '03688' AND v.valid_to IS NULL ORDER BY v.code LIMIT 1""")
                .query(String.class).single();
        JsonNode empty = api.get("/api/units/" + village + "?year=2026").json().get("criteria");
        assertThat(empty.get("total").asInt()).isEqualTo(3);
        Map<String, String> officer = accounts.bearer(Role.COMMUNE_OFFICER, "14", List.of("03688"));
        Api.Response saved = api.send("PUT", "/api/units/" + village + "/criteria/2026", """
                {"version": %d, "results": [{"number": "1", "result": "Đạt", "evidence": "Đường bê tông 100%%"},
                                            {"number": "2", "result": "Chưa đạt"}]}"""
                .formatted(empty.get("version").asInt()), officer);

        assertThat(saved.status()).as(saved.json().toString()).isEqualTo(200);
        JsonNode sheet = api.get("/api/units/" + village + "?year=2026").json().get("criteria");
        assertThat(sheet.get("setCode").asString()).isEqualTo("THON_14_2026_2030");
        assertThat(sheet.get("met").asInt()).isEqualTo(1);
        assertThat(sheet.get("results").get(0).get("evidence").asString()).isEqualTo("Đường bê tông 100%");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity = 'criteria_set' AND entity_id = 'THON_14_2026_2030'")
                .query(Integer.class).single()).isEqualTo(1);

        String template = new String(api.send("GET", "/api/criteria/template?province=14&year=2026&level=village&format=csv",
                null, planner).bytes(), StandardCharsets.UTF_8);
        String row = template.lines().filter(l -> l.startsWith(village + ",") && l.contains("Nhà văn hóa")).findFirst()
                .orElseThrow();
        String filled = template.lines().findFirst().orElseThrow() + "\r\n" + row.replace("Chưa đạt", "Đạt");
        Api.Response uploaded = api.post("/api/criteria/import?year=2026", new Multipart().file("file", "thon.csv",
                "text/csv", filled.getBytes(StandardCharsets.UTF_8)), planner);
        assertThat(uploaded.status()).as(uploaded.json().toString()).isEqualTo(200);
        assertThat(api.get("/api/units/" + village + "?year=2026").json().get("criteria").get("met").asInt()).isEqualTo(2);
    }

    @Test
    void aVillageOfAProvinceWithoutVillageCriteriaIsRefusedByRow() {
        String village = jdbc.sql("""
                SELECT v.code FROM admin_unit v JOIN admin_unit c ON c.id = v.parent_id AND c.kind = 'xa'
                WHERE v.level = 'village' AND v.province_code = '12' AND v.valid_to IS NULL
                ORDER BY v.code LIMIT 1""").query(String.class).single();
        Api.Response refused = api.send("PUT", "/api/units/" + village + "/criteria/2026",
                "{\"version\": 0, \"results\": [{\"number\": \"1\", \"result\": \"Đạt\"}]}",
                accounts.bearer(Role.PROVINCE_PLANNER, "12", List.of()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .contains("has not defined village criteria");
    }

    @Test
    void onlyThePlannersOfTheProvinceDefineItsSetAndBadSetsAreRefusedNamingTheField() {
        long before = sets();
        String set = SET.formatted("QĐ 7/QĐ-UBND").replace("2026", "2031").replace("2030", "2035");
        assertThat(api.send("POST", "/api/provinces/14/village-criteria", set,
                accounts.bearer(Role.PROVINCE_PLANNER, "12", List.of())).status()).isEqualTo(403);
        assertThat(api.send("POST", "/api/provinces/14/village-criteria", set,
                accounts.bearer(Role.COMMUNE_OFFICER, "14", List.of("03679"))).status()).isEqualTo(403);
        assertThat(api.send("POST", "/api/provinces/14/village-criteria", set, Map.of()).status()).isEqualTo(401);
        assertThat(api.send("POST", "/api/provinces/99/village-criteria", set,
                accounts.bearer(Role.ADMIN, null, List.of())).status()).isEqualTo(404);

        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of());
        for (String[] bad : List.of(new String[] {"\"criteria\": [", "\"criteria\": [], \"x\": ["},
                new String[] {"\"yearTo\": 2035", "\"yearTo\": 2029"},
                new String[] {"{\"number\": 2,", "{\"number\": 1,"},
                new String[] {"\"decisionNo\": \"QĐ 7/QĐ-UBND\"", "\"decisionNo\": \" \""})) {
            Api.Response refused = api.send("POST", "/api/provinces/14/village-criteria", set.replace(bad[0], bad[1]),
                    planner);
            assertThat(refused.status()).as(bad[1]).isEqualTo(400);
            assertThat(refused.json().get("invalidParams").get(0).get("name").asString()).as(bad[1])
                    .isIn("criteria", "yearFrom", "decisionNo");
        }
        assertThat(sets()).isEqualTo(before);
    }

    private long sets() {
        return jdbc.sql("SELECT count(*) FROM criteria_set").query(Long.class).single();
    }
}
