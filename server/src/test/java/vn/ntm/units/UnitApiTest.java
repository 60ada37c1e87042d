package vn.ntm.units;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.support.Api.encode;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.Oracle;

@IntegrationTest
class UnitApiTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"chieng sinh", "CHIỀNG SINH", "Chiềng  Sinh", "chiềng sinh"})
    void searchIgnoresDiacriticsCaseAndSpacing(String q) {
        Api.Response response = api.get("/api/units?level=commune&q=" + encode(q));

        assertThat(response.status()).isEqualTo(200);
        assertThat(names(response.json().get("items"))).contains("Phường Chiềng Sinh");
    }

    @Test
    void theMetaListsEveryProvinceOfTheCountryByName() {
        JsonNode provinces = api.get("/api/meta").json().get("provinces");

        assertThat(provinces).hasSize(34);
        List<String> names = provinces.valueStream().map(p -> p.get("name").asString()).toList();
        // Thành phố and Tỉnh together, by name without diacritics (Đ with D).
        assertThat(names).startsWith("An Giang", "Bắc Ninh", "Cà Mau", "Cần Thơ", "Cao Bằng", "Đà Nẵng")
                .contains("Lâm Đồng", "Sơn La", "Lai Châu", "Lào Cai").endsWith("Vĩnh Long");
    }

    @Test
    void aLamDongCommuneHasItsPanel() {
        String code = jdbc.sql("""
                SELECT code FROM admin_unit
                WHERE level = 'commune' AND province_code = '68' AND kind = 'xa' AND valid_to IS NULL
                ORDER BY code LIMIT 1""").query(String.class).single();

        Api.Response response = api.get("/api/units/" + code);

        assertThat(response.status()).isEqualTo(200);
        JsonNode unit = response.json();
        assertThat(unit.get("parent").get("fullName").asString()).isEqualTo("Tỉnh Lâm Đồng");
        assertThat(unit.get("assessed").asBoolean()).isTrue();
        assertThat(unit.get("demo").asBoolean()).isFalse();
        assertThat(unit.get("criteria").get("total").asInt()).isPositive();
        assertThat(api.get("/api/provinces/68/indicators?year=2025").json().get("communes").get("total").asInt())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM admin_unit WHERE level = 'commune' AND province_code = '68' "
                        + "AND kind = 'xa' AND valid_to IS NULL").query(Integer.class).single());
        // KH 47-KH/TU stays on the 111 pre-merger xã: shown, not scored on the new communes.
        JsonNode target = api.get("/api/provinces/68/targets").json().get(0);
        assertThat(target.get("decisionNo").asString()).isEqualTo("KH 47-KH/TU");
        assertThat(target.get("status").asString()).isEqualTo("not_comparable");
    }

    @Test
    void searchTreatsLikeWildcardsAsText() {
        assertThat(api.get("/api/units?q=" + encode("%")).json().get("total").asInt()).isZero();
        assertThat(api.get("/api/units?q=" + encode("_")).json().get("total").asInt()).isZero();
    }

    @Test
    void listsTheCommunesOfAProvinceWithParentAndStatus() {
        JsonNode page = api.get("/api/units?level=commune&province=14&limit=1000").json();

        assertThat(page.get("total").asInt()).isEqualTo(75);
        assertThat(page.get("items")).hasSize(75).allSatisfy(unit -> {
            assertThat(unit.get("parentCode").asString()).isEqualTo("14");
            assertThat(unit.get("level").asString()).isEqualTo("commune");
            assertThat(unit.get("status").asString()).isIn("none", "standard", "advanced", "model");
            assertThat(unit.get("code").asString()).matches("\\d{5}");
        });
    }

    @Test
    void statusInTheListIsTheStatusStandingAtTheEndOfTheYear() {
        JsonNode first = api.get("/api/units?level=commune&province=15&year=2025&limit=1").json().get("items").get(0);
        String expected = Oracle.status(jdbc, first.get("code").asString(), LocalDate.of(2025, 12, 31));

        assertThat(first.get("status").asString()).isEqualTo(expected);
    }

    @Test
    void pagesThroughResults() {
        JsonNode first = api.get("/api/units?level=commune&limit=10&offset=0").json();
        JsonNode second = api.get("/api/units?level=commune&limit=10&offset=10").json();

        assertThat(first.get("total").asInt()).isEqualTo(3321);
        // By code: names repeat across the country (several "Phường An Bình").
        assertThat(first.get("items").valueStream().map(u -> u.get("code").asString()).toList())
                .doesNotContainAnyElementsOf(second.get("items").valueStream().map(u -> u.get("code").asString()).toList());
    }

    @Test
    void drillsDownFromACommuneToItsVillages() {
        JsonNode page = api.get("/api/units?parent=03679").json();

        assertThat(page.get("items")).isNotEmpty().allSatisfy(unit -> {
            assertThat(unit.get("level").asString()).isEqualTo("village");
            assertThat(unit.get("parentCode").asString()).isEqualTo("03679");
            assertThat(unit.get("demo").asBoolean()).isTrue();
        });
    }

    @Test
    void unitsOfAnEarlierYearAreThePreMergerOnes() {
        JsonNode page = api.get("/api/units?level=commune&year=2024&q=" + encode("Sùng Phài")).json();

        assertThat(names(page.get("items"))).containsExactly("Xã Sùng Phài");
    }

    @Test
    void detailHasStatusHistoryCriteriaPredecessorsAndInfrastructure() {
        JsonNode unit = api.get("/api/units/03390?year=2025").json();

        assertThat(unit.get("fullName").asString()).isEqualTo("Xã Bình Lư");
        assertThat(unit.get("parent").get("fullName").asString()).isEqualTo("Tỉnh Lai Châu");
        assertThat(unit.get("criteria").get("setCode").asString()).isEqualTo("XA_NTM_2021_2025");
        assertThat(unit.get("criteria").get("results")).hasSize(19);
        assertThat(unit.get("statusHistory")).extracting(y -> y.get("year").asInt()).contains(2025, 2026);
        assertThat(unit.get("predecessors")).extracting(p -> p.get("fullName").asString())
                .contains("Thị trấn Tam Đường", "Xã Sơn Bình");
        assertThat(unit.get("infrastructure")).extracting(i -> i.get("category").asString())
                .contains("road", "health_station", "school");
    }

    @Test
    void criteriaFollowTheSetOfTheYear() {
        assertThat(api.get("/api/units/03688?year=2026").json().get("criteria").get("results")).hasSize(10);
        assertThat(api.get("/api/units/03688?year=2025").json().get("criteria").get("results")).hasSize(19);
    }

    @Test
    void aWardIsOnTheMapButHasNoNtmStatusOrCriteria() {
        JsonNode ward = api.get("/api/units/03679?year=2025").json();

        assertThat(ward.get("kind").asString()).isEqualTo("phuong");
        assertThat(ward.get("assessed").asBoolean()).isFalse();
        assertThat(ward.get("criteria").isNull()).isTrue();
        assertThat(ward.get("events")).isEmpty();
        assertThat(ward.get("bbox")).hasSize(4);
        JsonNode listed = api.get("/api/units?parent=14&level=commune&q=" + encode("Chiềng Sinh")).json().get("items").get(0);
        assertThat(listed.get("assessed").asBoolean()).isFalse();
        assertThat(listed.get("criteriaTotal").isNull()).isTrue();
    }

    @Test
    void findsTheCommuneAtAPoint() {
        JsonNode unit = api.get("/api/units/at?lon=103.98&lat=21.31&level=commune").json();

        assertThat(unit.get("fullName").asString()).isEqualTo("Phường Chiềng Sinh");
    }

    @Test
    void unknownCodeIsANotFoundProblem() {
        Api.Response response = api.get("/api/units/99999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("99999");
    }

    @ParameterizedTest
    @CsvSource({
            "/api/units?year=abc, year",
            "/api/units?year=1850, year",
            "/api/units?level=town, level",
            "/api/units?province=son-la, province",
            "/api/units?limit=0, limit",
            "/api/units?limit=100000, limit",
            "/api/units?offset=-1, offset",
            "/api/units?parent=x;drop, parent",
            "/api/units/at?lon=x&lat=21, lon",
            "/api/units/at?lon=103&lat=95, lat",
            "/api/units/03679?year=20x5, year"})
    void badParametersAreProblemsNamingTheParameter(String path, String parameter) {
        Api.Response response = api.get(path);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("invalidParams").get(0).get("name").asString()).isEqualTo(parameter);
        assertThat(response.json().get("detail").asString()).contains(parameter);
    }

    @Test
    void injectionAttemptsAreJustText() {
        Api.Response response = api.get("/api/units?q=" + encode("x' OR '1'='1") + "&province=14");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("total").asInt()).isZero();
    }

    private static List<String> names(JsonNode items) {
        return items.valueStream().map(i -> i.get("fullName").asString()).toList();
    }
}
