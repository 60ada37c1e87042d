package vn.ntm.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.imports.ProvinceFiles.PROVINCE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ntm.gis.text.LegacyEncoders;
import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

/**
 * An administrator loads a province's official communes from a file, and replaces them: the province
 * then works like the demo's (map, panels, planners, targets, criteria), history stays with the codes
 * that remain, and units with records are not ended unawares.
 */
@IntegrationTest
class ProvinceOnboardingTest {

    static final String DECISION = "\"decisionNo\": \"15/QĐ-UBND\", \"decisionDate\": \"2026-02-10\", "
            + "\"issuer\": \"UBND tỉnh\"";

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @TempDir
    Path dir;

    ProvinceFiles files;
    Map<String, String> admin;

    @BeforeEach
    void setUp() {
        files = new ProvinceFiles(dir, json);
        admin = accounts.bearer(Role.ADMIN, null, List.of());
    }

    @AfterEach
    void removeTheProvince() {
        ProvinceFiles.remove(jdbc);
    }

    @Test
    void aLoadedProvinceHasItsMapPanelsPlannersTargetsAndCriteria() {
        JsonNode job = upload(files.write("dien_bien", files.communes()), admin).json();
        long id = job.get("id").asLong();
        JsonNode report = job.get("report");
        assertThat(report.get("blocking")).as(report.toString()).isEmpty();
        assertThat(report.get("mapping").get("name").asString()).isEqualTo("fullname");
        assertThat(report.get("onboarding").get("newProvince").asBoolean()).isTrue();
        assertThat(report.get("onboarding").get("added").asInt()).isEqualTo(6);
        assertThat(report.get("validation").get("invalid").get(0).get("reason").asString()).contains("Too few points");
        assertThat(report.get("warnings").valueStream().map(JsonNode::asString)).containsExactly("repaired_geometry");

        Api.Response unaccepted = api.send("POST", "/api/imports/" + id + "/commit", null, admin);
        assertThat(unaccepted.status()).isEqualTo(400);
        assertThat(unaccepted.json().get("detail").asString()).contains("ST_MakeValid").contains("Too few points");
        assertThat(units()).isZero();

        assertThat(commit(id, "repaired_geometry").status()).isEqualTo(200);

        assertThat(api.get("/api/meta").json().get("provinces").valueStream()
                .filter(p -> p.get("code").asString().equals(PROVINCE)).map(p -> p.get("name").asString()))
                .containsExactly("Điện Biên");
        assertThat(jdbc.sql("""
                SELECT count(*) FILTER (WHERE level = 'commune' AND ST_IsValid(geom) AND area_km2 > 0)
                       || '|' || string_agg(kind, ',' ORDER BY code) FILTER (WHERE code IN ('93127', '93352'))
                       || '|' || count(*) FILTER (WHERE level = 'province' AND ST_Covers(ST_Buffer(geom, 0.0001),
                              (SELECT ST_Union(c.geom) FROM admin_unit c WHERE c.province_code = '99' AND c.level = 'commune')))
                FROM admin_unit WHERE province_code = '99' AND valid_to IS NULL""").query(String.class).single())
                .isEqualTo("6|phuong,xa|1");
        JsonNode panel = api.get("/api/units/93334").json();
        assertThat(panel.get("name").asString()).isEqualTo("Mường Thanh");
        assertThat(panel.get("parent").get("code").asString()).isEqualTo(PROVINCE);

        Api.Response planner = api.send("POST", "/api/admin/users", """
                {"username": "ke-hoach-99", "displayName": "Sở NN tỉnh 99", "password": "mat-khau-dai-1",
                 "role": "province_planner", "provinceCode": "99"}""", admin);
        assertThat(planner.status()).as(planner.json().toString()).isLessThan(300);
        Map<String, String> plannerToken = accounts.bearer(Role.PROVINCE_PLANNER, PROVINCE, List.of());
        Api.Response target = api.send("PUT", "/api/provinces/99/targets/2030/communes_standard",
                "{\"value\": 4, \"denominator\": 5, " + DECISION + "}", plannerToken);
        assertThat(target.status()).as(target.json().toString()).isEqualTo(200);
        Api.Response criteria = recordCriteria("93328", plannerToken);
        assertThat(criteria.status()).as(criteria.json().toString()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM criterion_result WHERE unit_id = :id AND result = 'met'")
                .param("id", unitId("93328")).query(Long.class).single()).isEqualTo(1);

        Api.Response undo = api.send("DELETE", "/api/imports/" + id, null, admin);
        assertThat(undo.status()).isEqualTo(409);
        assertThat(units()).isEqualTo(7);
    }

    @Test
    void replacingKeepsTheHistoryOfCodesThatRemainAndEndsUnitsWithRecordsOnlyWhenAccepted() {
        long first = upload(files.write("dien_bien", files.communes()), admin).json().get("id").asLong();
        commit(first, "repaired_geometry");
        long kept = unitId("93328");
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, PROVINCE, List.of());
        assertThat(recordCriteria("93328", planner).status()).isEqualTo(200);
        assertThat(recordCriteria("93349", planner).status()).isEqualTo(200);
        long results = jdbc.sql("SELECT count(*) FROM criterion_result WHERE unit_id = :id").param("id", kept)
                .query(Long.class).single();

        ObjectNode replacement = files.communes();
        ProvinceFiles.features(replacement).remove(ProvinceFiles.index(replacement, "93349")); // Xã Thanh Yên
        ProvinceFiles.properties(replacement, ProvinceFiles.index(replacement, "93328")).put("fullName",
                "Xã Thanh Nưa Mới");
        JsonNode job = upload(files.write("dien_bien_moi", replacement), admin).json();
        long id = job.get("id").asLong();
        JsonNode onboarding = job.get("report").get("onboarding");
        assertThat(onboarding.get("newProvince").asBoolean()).isFalse();
        assertThat(onboarding.get("replaced").asInt()).isEqualTo(5);
        assertThat(onboarding.get("removedWithRecords").valueStream().map(JsonNode::asString)).containsExactly("93349");
        String before = fingerprint();

        Api.Response refused = commit(id, "repaired_geometry", "removes_units");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("93349").contains("records");
        assertThat(refused.json().get("detailVi").asString()).contains("93349");
        assertThat(fingerprint()).isEqualTo(before);

        assertThat(commit(id, "repaired_geometry", "removes_units", "removes_units_with_records").status())
                .isEqualTo(200);
        assertThat(unitId("93328")).isEqualTo(kept);
        assertThat(jdbc.sql("SELECT full_name FROM admin_unit WHERE id = :id").param("id", kept).query(String.class)
                .single()).isEqualTo("Xã Thanh Nưa Mới");
        assertThat(jdbc.sql("SELECT count(*) FROM criterion_result WHERE unit_id = :id").param("id", kept)
                .query(Long.class).single()).isEqualTo(results);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM admin_unit u JOIN criterion_result r ON r.unit_id = u.id
                WHERE u.code = '93349' AND u.valid_to = current_date""").query(Long.class).single()).isPositive();
        assertThat(api.get("/api/units?level=commune&province=99&year=2026").json().get("items").valueStream()
                .map(u -> u.get("code").asString())).hasSize(5).doesNotContain("93349");

        assertThat(api.send("DELETE", "/api/imports/" + id, null, admin).status()).isEqualTo(200);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aTcvn3ShapefileInVn2000IsReadWithItsNamesAndLandsInPlace() throws Exception {
        ObjectNode communes = files.communes(p -> {
            String code = p.get("code").asString();
            String name = p.get("fullName").asString();
            p.removeAll();
            p.put("MA_XA", code);
            p.put("TEN_XA", new String(LegacyEncoders.tcvn3(name), StandardCharsets.ISO_8859_1));
            p.put("MA_TINH", PROVINCE);
            p.put("TEN_TINH", new String(LegacyEncoders.tcvn3(ProvinceFiles.NAME), StandardCharsets.ISO_8859_1));
        });
        Path zip = new ImportFiles(dir).shapefileZip("dien_bien_shp", files.write("dien_bien_tcvn3", communes),
                ImportFiles.tm3(103), "ISO-8859-1", false);
        long id = upload(zip, admin).json().get("id").asLong();

        // Without a .prj, the province's zone (103° for Điện Biên) is chosen among the candidates.
        JsonNode job = api.send("PATCH", "/api/imports/" + id, "{\"crs\": \"EPSG:9205\"}", admin).json();

        JsonNode report = job.get("report");
        assertThat(report.get("blocking")).as(report.toString()).isEmpty();
        assertThat(report.get("crs").get("how").asString()).isEqualTo("override");
        assertThat(report.get("encoding").get("encoding").asString()).isEqualTo("TCVN3");
        assertThat(report.get("onboarding").get("provinceNames").get(0).asString()).isEqualTo(ProvinceFiles.NAME);
        assertThat(commit(id, "repaired_geometry").status()).isEqualTo(200);
        assertThat(jdbc.sql("""
                SELECT u.full_name || '|' || (ST_HausdorffDistance(u.geom, ST_SetSRID(ST_GeomFromGeoJSON(:shape), 4326))
                       < 0.00001) FROM admin_unit u WHERE u.code = '93334' AND u.valid_to IS NULL""")
                .param("shape", communes.get("features").get(ProvinceFiles.index(files.communes(), "93334"))
                        .get("geometry").toString()).query(String.class).single())
                .isEqualTo("Phường Mường Thanh|true");
    }

    @Test
    void onlyAnAdministratorLoadsAProvince() {
        Path file = files.write("dien_bien", files.communes());
        long jobs = jdbc.sql("SELECT count(*) FROM import_job").query(Long.class).single();
        for (Map<String, String> caller : List.of(accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of()),
                accounts.bearer(Role.PROVINCE_PLANNER, PROVINCE, List.of()), accounts.bearer(Role.SURVEYOR, PROVINCE, List.of()))) {
            assertThat(upload(file, caller).status()).isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM import_job").query(Long.class).single()).isEqualTo(jobs);

        long id = upload(file, admin).json().get("id").asLong();
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, PROVINCE, List.of());
        assertThat(api.get("/api/imports/" + id).status()).isEqualTo(401);
        assertThat(api.send("GET", "/api/imports/" + id, null, planner).status()).isEqualTo(403);
        assertThat(api.send("PATCH", "/api/imports/" + id, "{}", planner).status()).isEqualTo(403);
        assertThat(api.send("POST", "/api/imports/" + id + "/commit?accept=repaired_geometry", null, planner).status())
                .isEqualTo(403);
        assertThat(api.send("DELETE", "/api/imports/" + id, null, planner).status()).isEqualTo(403);
        assertThat(units()).isZero();
        api.send("DELETE", "/api/imports/" + id, null, admin);
    }

    @Test
    void eachBadFileIsAClearProblemAndChangesNothing() {
        Map<String, ObjectNode> bad = Map.of(
                "missing_code", files.communes(p -> p.remove("code")),
                "missing_name", files.communes(p -> {
                    p.remove("name");
                    p.remove("fullName");
                }),
                "duplicate_codes", files.communes(p -> p.put("code", "93127")),
                "bad_codes", files.communes(p -> p.put("code", p.get("code").asString() + "0")),
                "codes_of_other_provinces", changed(0, p -> p.put("code", otherProvincesCommune())),
                "mixed_provinces", changed(1, p -> p.put("provinceCode", "98")),
                "missing_province_name", files.communes(p -> p.remove("ten_tinh")),
                "bad_names", changed(2, p -> p.put("fullName", "X\uFFFD M\uFFFDng Th\uFFFDnh")),
                "missing_province", files.communes(p -> p.remove("provinceCode")));
        String before = fingerprint();
        bad.forEach((problem, collection) -> {
            JsonNode job = upload(files.write(problem, collection), admin).json();
            assertThat(job.get("report").get("blocking").valueStream().map(JsonNode::asString)).as(problem)
                    .contains(problem);
            Api.Response commit = commit(job.get("id").asLong(), "repaired_geometry");
            assertThat(commit.status()).as(problem).isEqualTo(400);
            assertThat(commit.contentType()).startsWith("application/problem+json");
            assertThat(commit.json().get("detail").asString()).as(problem).contains(problem);
            assertThat(commit.json().get("detailVi").asString()).as(problem).contains("Cần khắc phục");
            assertThat(fingerprint()).as(problem).isEqualTo(before);
        });
    }

    @Test
    void shapesOutsideVietnamOrInTheWrongCoordinateSystemAreRefused() {
        ObjectNode shifted = files.communes();
        shift(shifted, 20); // 123° E: the Philippine Sea
        ObjectNode swapped = files.communes();
        swapAxes(swapped);
        String before = fingerprint();
        for (ObjectNode collection : List.of(shifted, swapped)) {
            JsonNode job = upload(files.write("ngoai", collection), admin).json();
            assertThat(job.get("report").get("blocking").valueStream().map(JsonNode::asString))
                    .contains("outside_province");
            assertThat(commit(job.get("id").asLong(), "repaired_geometry").status()).isEqualTo(400);
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void hostileMappingsAndCodesAreRefused() {
        long id = upload(files.write("dien_bien", files.communes()), admin).json().get("id").asLong();
        String before = fingerprint();
        Api.Response column = api.send("PATCH", "/api/imports/" + id,
                "{\"mapping\": {\"province\": \"provincecode\\\"; DROP TABLE admin_unit; --\"}}", admin);
        assertThat(column.status()).isEqualTo(400);
        assertThat(column.json().get("type").asString()).isEqualTo("/problems/unknown-column");
        Api.Response province = api.post("/api/imports", ImportFiles.form(files.write("x", files.communes()),
                "9'); DROP TABLE admin_unit; --", "province"), admin);
        assertThat(province.status()).isEqualTo(400);
        JsonNode injected = upload(files.write("tiem", files.communes(p -> {
            p.put("code", "9'); DELETE FROM admin_unit; --");
            p.put("ten_tinh", "Tỉnh'); DELETE FROM admin_unit; --");
        })), admin).json();
        assertThat(injected.get("report").get("blocking").valueStream().map(JsonNode::asString)).contains("bad_codes");
        assertThat(fingerprint()).isEqualTo(before);
        api.send("DELETE", "/api/imports/" + id, null, admin);
        api.send("DELETE", "/api/imports/" + injected.get("id").asLong(), null, admin);
    }

    private ObjectNode changed(int index, Consumer<ObjectNode> change) {
        ObjectNode collection = files.communes();
        change.accept(ProvinceFiles.properties(collection, index));
        return collection;
    }

    private static void shift(ObjectNode collection, double degrees) {
        coordinates(collection, (point) -> point.set(0, point.get(0).asDouble() + degrees));
    }

    private static void swapAxes(ObjectNode collection) {
        coordinates(collection, (point) -> {
            double x = point.get(0).asDouble();
            point.set(0, point.get(1).asDouble());
            point.set(1, x);
        });
    }

    private static void coordinates(ObjectNode collection, Consumer<ArrayNode> change) {
        collection.get("features").forEach(f -> visit(f.get("geometry").get("coordinates"), change));
    }

    private static void visit(JsonNode node, Consumer<ArrayNode> change) {
        if (node.get(0).isNumber()) {
            change.accept((ArrayNode) node);
        } else {
            node.forEach(child -> visit(child, change));
        }
    }

    private Api.Response recordCriteria(String commune, Map<String, String> planner) {
        int version = api.get("/api/units/" + commune + "?year=2025").json().get("criteria").get("version").asInt();
        return api.send("PUT", "/api/units/" + commune + "/criteria/2025", """
                {"version": %d, "results": [
                  {"number": "10", "result": "Đạt", "indicators": [{"code": "10", "value": "95", "result": "Đạt"}]}]}"""
                .formatted(version), planner);
    }

    private Api.Response upload(Path file, Map<String, String> caller) {
        return api.post("/api/imports", ImportFiles.form(file, PROVINCE, "province"), caller);
    }

    private Api.Response commit(long id, String... accept) {
        StringBuilder query = new StringBuilder();
        for (String warning : accept) {
            query.append(query.isEmpty() ? "?" : "&").append("accept=").append(warning);
        }
        return api.send("POST", "/api/imports/" + id + "/commit" + query, null, admin);
    }

    private String otherProvincesCommune() {
        return jdbc.sql("SELECT min(code) FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL "
                + "AND province_code <> '99'").query(String.class).single();
    }

    private long units() {
        return jdbc.sql("SELECT count(*) FROM admin_unit WHERE province_code = '99' AND valid_to IS NULL")
                .query(Long.class).single();
    }

    private long unitId(String code) {
        return jdbc.sql("SELECT id FROM admin_unit WHERE code = :code AND level = 'commune' AND valid_to IS NULL")
                .param("code", code).query(Long.class).single();
    }

    /** Every administrative unit as it stands, shapes included. */
    private String fingerprint() {
        return jdbc.sql("SELECT md5(string_agg(u::text, '|' ORDER BY id)) FROM (SELECT id, code, level, kind, name, "
                + "full_name, parent_id, valid_to, area_km2, ST_AsEWKB(geom) FROM admin_unit) u").query(String.class)
                .single();
    }
}
