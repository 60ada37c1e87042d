package vn.ntm.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.support.Api;
import vn.ntm.security.Role;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

@IntegrationTest
class GapApiTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void aSignedInOfficerSeesTheirOwnCommuneFirstThenTheirProvinceAndAnonymousOrderIsByCommuneName() {
        Map<String, String> officer = accounts.bearer(Role.COMMUNE_OFFICER, "14", List.of("03679"));
        String all = "/api/gaps?kind=poor_condition&limit=1000";

        JsonNode ownPage = api.send("GET", all, null, officer).json();
        JsonNode anonymousPage = api.get(all).json();
        List<String> own = communes(ownPage);
        List<String> anonymous = communes(anonymousPage);

        assertThat(ownPage.get("total").asLong()).isEqualTo(anonymousPage.get("total").asLong());
        assertThat(anonymous).isSortedAccordingTo(java.util.Comparator.comparing(code -> name(code)));
        long mine = own.stream().filter("03679"::equals).count();
        assertThat(mine).isPositive();
        assertThat(own.subList(0, (int) mine)).containsOnly("03679");
        assertThat(anonymous.get(0)).isNotEqualTo("03679");
        List<String> provinces = own.stream().map(code -> jdbc.sql(
                "SELECT province_code FROM admin_unit WHERE code = :c AND valid_to IS NULL").param("c", code)
                .query(String.class).single()).toList();
        int firstElsewhere = provinces.indexOf(provinces.stream().filter(p -> !p.equals("14")).findFirst().orElseThrow());
        assertThat(provinces.subList(firstElsewhere, provinces.size())).doesNotContain("14");
        assertThat(provinces.subList(0, firstElsewhere)).containsOnly("14");
    }

    private String name(String commune) {
        return jdbc.sql("SELECT full_name FROM admin_unit WHERE code = :c AND valid_to IS NULL").param("c", commune)
                .query(String.class).single();
    }

    private static List<String> communes(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(gap -> gap.get("communeCode").asString()).toList();
    }

    @Test
    void countsPerKindEqualDirectCounts() {
        JsonNode counts = api.get("/api/gaps?province=12&limit=1").json().get("counts");

        assertThat(counts.get("poor_condition").asLong()).isEqualTo(count("""
                SELECT count(*) FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE c.province_code = '12' AND c.valid_to IS NULL AND i.condition IN ('poor', 'unusable')"""));
        assertThat(counts.get("unhardened_road").asLong()).isEqualTo(count("""
                SELECT count(*) FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE c.province_code = '12' AND c.valid_to IS NULL AND i.category = 'road' AND i.hardened IS NOT TRUE
                  AND i.status = 'existing'"""))
                .isPositive();
        assertThat(counts.get("missing_facility").asLong()).isEqualTo(count("""
                SELECT count(*) FROM admin_unit v CROSS JOIN unnest(ARRAY['culture_house', 'water_supply', 'power']) f
                WHERE v.level = 'village' AND v.province_code = '12' AND v.valid_to IS NULL
                  AND NOT EXISTS (SELECT 1 FROM infrastructure i WHERE i.village_id = v.id AND i.category = f)"""));
    }

    @Test
    void villagesWithoutCleanWaterAreListedWithAPlaceInsideTheVillage() {
        JsonNode items = api.get("/api/gaps?province=14&kind=missing_facility&category=water_supply&limit=20")
                .json().get("items");

        assertThat(items).isNotEmpty().allSatisfy(gap -> {
            assertThat(gap.get("category").asString()).isEqualTo("water_supply");
            assertThat(count("""
                    SELECT count(*) FROM admin_unit v WHERE v.code = '%s' AND v.valid_to IS NULL
                      AND ST_Intersects(v.geom, ST_SetSRID(ST_MakePoint(%s, %s), 4326))
                      AND NOT EXISTS (SELECT 1 FROM infrastructure i WHERE i.village_id = v.id AND i.category = 'water_supply')"""
                    .formatted(gap.get("villageCode").asString(), gap.get("lon").asDouble(), gap.get("lat").asDouble())))
                    .isEqualTo(1);
        });
    }

    @Test
    void unhardenedRoadsAreRoadsThatAreNotHardened() {
        JsonNode items = api.get("/api/gaps?province=15&kind=unhardened_road&limit=50").json().get("items");

        assertThat(items).isNotEmpty().allSatisfy(gap ->
                assertThat(gap.get("surface").asString()).isEqualTo("earth"));
    }

    @ParameterizedTest
    @CsvSource({"/api/gaps?kind=broken, kind", "/api/gaps?commune=abc, commune", "/api/gaps?category=Road%27, category",
            "/api/gaps?limit=5000, limit"})
    void badFiltersAreProblems(String path, String parameter) {
        Api.Response response = api.get(path);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("invalidParams").get(0).get("name").asString()).isEqualTo(parameter);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
