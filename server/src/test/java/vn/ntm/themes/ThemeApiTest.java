package vn.ntm.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.VectorTile;

/** Thematic maps: the theme parameter of the unit tiles and the legend of a theme, against the database. */
@IntegrationTest
class ThemeApiTest {

    /** The z5 tile over the north-west: every commune of Sơn La. */
    static final int Z = 5, X = 25, Y = 14;

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Value("${local.server.port}")
    int port;

    @Test
    void theCatalogueOffersCriteriaIndicatorsAndClassifications() {
        JsonNode themes = api.get("/api/themes?year=2025").json();
        List<String> ids = new ArrayList<>();
        themes.forEach(t -> ids.add(t.get("id").asString()));

        assertThat(ids).contains("criteria_met", "criterion:1", "criterion:19", "indicator:2.2", "class:dbkk",
                "class:group");
        assertThat(ids.indexOf("indicator:2.2")).isLessThan(ids.indexOf("indicator:10"));
        assertThat(api.get("/api/themes?year=2026").json().toString()).doesNotContain("criterion:19");
    }

    @Test
    void theTileCarriesEachCommunesIndicatorValueAndWardsNone() {
        Map<String, Object> values = values("indicator:2.2", 2025);
        Map<String, BigDecimal> expected = indicatorValues("2.2", 2025);

        assertThat(values).isNotEmpty();
        values.forEach((code, value) -> assertThat(new BigDecimal(value.toString()))
                .as(code).isEqualByComparingTo(expected.get(code)));
        assertThat(values.keySet()).containsAll(expected.keySet().stream().filter(this::inTile).toList());
        assertThat(values).doesNotContainKey("03679");
    }

    @Test
    void quantileClassesCountEveryCommuneOnceAndAsTheTilesClassThem() {
        JsonNode legend = api.get("/api/themes/legend?theme=indicator:2.2&year=2025&province=14").json();
        List<BigDecimal> lowers = new ArrayList<>();
        legend.get("classes").forEach(c -> lowers.add(new BigDecimal(c.get("lower").asString())));
        int[] counts = new int[lowers.size()];
        indicatorValues("2.2", 2025, "14").values().forEach(v -> {
            int i = lowers.size() - 1;
            while (v.compareTo(lowers.get(i)) < 0) {
                i--;
            }
            counts[i]++;
        });

        assertThat(lowers).hasSize(5).isSorted();
        for (int i = 0; i < counts.length; i++) {
            assertThat(legend.get("classes").get(i).get("count").asInt()).isEqualTo(counts[i]);
        }
        assertThat(legend.get("notAssessed").asInt()).isEqualTo(jdbc.sql("""
                SELECT count(*) FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL
                  AND province_code = '14' AND NOT ntm_assessed(id)""").query(Integer.class).single());
    }

    @Test
    void noDataIsNotZeroAndAWriteChangesTheTilesEtag() {
        String zero = "03688";
        String none = "03390";
        String url = "/tiles/communes/" + Z + "/" + X + "/" + Y + ".mvt?year=2025&theme=indicator:2.2";
        String etagBefore = etag(url);
        List<Map<String, Object>> saved = jdbc.sql("""
                SELECT r.unit_id, r.indicator_id, r.value_numeric FROM indicator_result r
                JOIN indicator i ON i.id = r.indicator_id JOIN admin_unit u ON u.id = r.unit_id
                WHERE i.code = '2.2' AND r.year = 2025 AND u.code IN (:codes) AND u.valid_to IS NULL""")
                .param("codes", List.of(zero, none)).query().listOfRows();
        String legendUrl = "/api/themes/legend?theme=indicator:2.2&year=2025&method=equal";
        // The country's communes outside the demo provinces have no data at all: one more without it.
        int noDataBefore = api.get(legendUrl).json().get("noData").asInt();
        try {
            setValue(zero, BigDecimal.ZERO);
            jdbc.sql("""
                    DELETE FROM indicator_result r USING indicator i, admin_unit u
                    WHERE i.id = r.indicator_id AND u.id = r.unit_id AND i.code = '2.2' AND r.year = 2025
                      AND u.code = :code AND u.valid_to IS NULL""").param("code", none).update();

            Map<String, Object> values = values("indicator:2.2", 2025);
            JsonNode legend = api.get(legendUrl).json();

            assertThat(((Number) values.get(zero)).doubleValue()).isZero();
            assertThat(values).doesNotContainKey(none);
            assertThat(legend.get("noData").asInt()).isEqualTo(noDataBefore + 1);
            assertThat(legend.get("classes").get(0).get("lower").asDouble()).isZero();
            assertThat(etag(url)).isNotEqualTo(etagBefore);
        } finally {
            saved.forEach(row -> jdbc.sql("""
                    INSERT INTO indicator_result (unit_id, year, indicator_id, value_numeric, met, updated_by)
                    VALUES (:unit, 2025, :indicator, :value, true, 'test')
                    ON CONFLICT (unit_id, year, indicator_id) DO UPDATE SET value_numeric = :value""")
                    .param("unit", row.get("unit_id")).param("indicator", row.get("indicator_id"))
                    .param("value", row.get("value_numeric")).update());
        }
    }

    @Test
    void thresholdClassesAreTheUnitsOwnMetFlagsAndCriteriaMetAreOfTheYearsSet() {
        JsonNode byThreshold = api.get("/api/themes/legend?theme=indicator:2.2&year=2025&method=threshold").json();
        Map<Integer, Integer> counts = new HashMap<>();
        byThreshold.get("classes").forEach(c -> counts.put(c.get("value").asInt(), c.get("count").asInt()));
        Map<Boolean, Integer> expected = new HashMap<>();
        jdbc.sql("""
                SELECT r.met, count(*)::int AS n FROM indicator_result r JOIN indicator i ON i.id = r.indicator_id
                JOIN admin_unit u ON u.id = r.unit_id
                WHERE i.code = '2.2' AND r.year = 2025 AND u.valid_to IS NULL AND ntm_assessed(u.id) GROUP BY r.met""")
                .query((rs, n) -> expected.put(rs.getBoolean("met"), rs.getInt("n"))).list();

        assertThat(counts).containsEntry(1, expected.get(true)).containsEntry(0, expected.get(false));
        Map<String, Object> criteria = values("criteria_met", 2026);
        criteria.forEach((code, met) -> assertThat(((Number) met).intValue()).isBetween(0, 10));
        assertThat(criteria).isNotEmpty();
    }

    @Test
    void eachThemeHasItsOwnEtag() {
        String url = "/tiles/communes/" + Z + "/" + X + "/" + Y + ".mvt?year=2025";
        assertThat(etag(url + "&theme=indicator:2.2")).isNotEqualTo(etag(url + "&theme=indicator:2.1"))
                .isNotEqualTo(etag(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"indicator:2.2' OR '1'='1", "indicator:99", "criterion:0", "criterion:20",
            "class:../../etc/passwd", "status;DROP TABLE admin_unit", "indicator:2.2%00", "<script>alert(1)</script>",
            "indicator:2.2.1.1.1", "CRITERIA_MET", "indicator:%E2%80%AE2.2", "indicator:2.222222222222222222222222222222222222"})
    void aHostileThemeIsRefusedWithAProblemAndChangesNothing(String theme) {
        long versionBefore = version();
        String query = "theme=" + Api.encode(theme);
        for (String url : List.of("/tiles/communes/" + Z + "/" + X + "/" + Y + ".mvt?" + query,
                "/tiles/villages/8/201/112.mvt?" + query, "/api/themes/legend?" + query)) {
            Api.Response response = api.get(url);

            assertThat(response.status()).as(url).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).isEqualTo("/problems/invalid-theme");
            assertThat(response.json().get("detailVi").asString()).contains("Chủ đề");
        }
        assertThat(version()).isEqualTo(versionBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM admin_unit").query(Long.class).single()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"method=natural", "classes=1", "classes=10", "classes=x", "level=province",
            "year=1900", "province=1'4"})
    void badLegendParametersAreRefused(String parameter) {
        Api.Response response = api.get("/api/themes/legend?theme=indicator:2.2&" + parameter);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private Map<String, Object> values(String theme, int year) {
        Api.Response response = api.get("/tiles/communes/" + Z + "/" + X + "/" + Y + ".mvt?year=" + year + "&theme="
                + Api.encode(theme));
        assertThat(response.status()).isEqualTo(200);
        Map<String, Object> values = new HashMap<>();
        for (Geometry feature : VectorTile.decode(Z, X, Y, response.bytes()).layers().get("communes").getGeometries()) {
            Map<String, Object> properties = VectorTile.properties(feature);
            if (properties.containsKey("value")) {
                values.put((String) properties.get("code"), properties.get("value"));
            }
        }
        return values;
    }

    private Map<String, BigDecimal> indicatorValues(String code, int year) {
        return indicatorValues(code, year, null);
    }

    private Map<String, BigDecimal> indicatorValues(String code, int year, String province) {
        Map<String, BigDecimal> values = new HashMap<>();
        jdbc.sql("""
                SELECT u.code, r.value_numeric FROM indicator_result r JOIN indicator i ON i.id = r.indicator_id
                JOIN admin_unit u ON u.id = r.unit_id
                WHERE i.code = :code AND r.year = :year AND u.level = 'commune' AND u.valid_to IS NULL
                  AND ntm_assessed(u.id) AND (CAST(:province AS text) IS NULL OR u.province_code = :province)""")
                .param("code", code).param("year", year).param("province", province)
                .query((rs, n) -> values.put(rs.getString("code"), rs.getBigDecimal("value_numeric"))).list();
        return values;
    }

    private boolean inTile(String code) {
        return jdbc.sql("""
                SELECT geom_3857 && ST_TileEnvelope(:z, :x, :y) FROM admin_unit WHERE code = :code AND valid_to IS NULL""")
                .param("z", Z).param("x", X).param("y", Y).param("code", code).query(Boolean.class).single();
    }

    private void setValue(String code, BigDecimal value) {
        jdbc.sql("""
                UPDATE indicator_result r SET value_numeric = :value FROM indicator i, admin_unit u
                WHERE i.id = r.indicator_id AND u.id = r.unit_id AND i.code = '2.2' AND r.year = 2025
                  AND u.code = :code AND u.valid_to IS NULL""").param("value", value).param("code", code).update();
    }

    private String etag(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + url))
                    .build(), HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private long version() {
        return jdbc.sql("SELECT sum(version) FROM data_version").query(Long.class).single();
    }
}
