package vn.ntm.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;

/**
 * Which units each figure counts: xã only (wards out), pre-merger units under their own province for
 * the years before the 2025 merger, "no data" for a year without results. Expected counts come from
 * the boundary data itself (merges_2025.json), not from the database.
 */
@IntegrationTest
class WhatCountsTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void denominatorsAreTheXaOfTheBoundaryData() throws IOException {
        Map<String, Integer> xa = new TreeMap<>();
        Map<String, Integer> all = new TreeMap<>();
        for (JsonNode province : merges().get("data")) {
            String code = province.get("level1_id").asString();
            for (JsonNode commune : province.get("level2s")) {
                all.merge(code, 1, Integer::sum);
                xa.merge(code, commune.get("name").asString().startsWith("Xã ") ? 1 : 0, Integer::sum);
            }
        }
        assertThat(xa).containsExactlyInAnyOrderEntriesOf(Map.of("12", 36, "14", 67, "15", 89));

        for (String province : xa.keySet()) {
            JsonNode summary = api.get("/api/provinces/" + province + "/indicators?year=2025").json();
            assertThat(summary.get("communes").get("total").asInt()).as(province).isEqualTo(xa.get(province));
            assertThat(summary.get("communesNotAssessed").asInt()).as(province)
                    .isEqualTo(all.get(province) - xa.get(province));
            assertThat(summary.get("communesWithResults").asInt()).as(province).isEqualTo(xa.get(province));
        }
    }

    @Test
    void oldLaoCaiKeepsItsOwnCodeAndItsXaAreTheDirectivesBaselineUnits() throws IOException {
        long oldLaoCaiXa = 0;
        long oldYenBaiXa = 0;
        for (JsonNode province : merges().get("data")) {
            if (province.get("level1_id").asString().equals("15")) {
                for (JsonNode old : province.get("level2s").valueStream().flatMap(c -> c.get("merges").valueStream())
                        .collect(java.util.stream.Collectors.toMap(o -> o.get("old_id").asString(), o -> o, (a, b) -> a))
                        .values()) {
                    if (old.get("name").asString().startsWith("Xã ")) {
                        if (old.get("old_id").asString().compareTo("04249") < 0) {
                            oldLaoCaiXa++;
                        } else {
                            oldYenBaiXa++;
                        }
                    }
                }
            }
        }
        JsonNode oldLaoCai = api.get("/api/provinces/10/indicators?year=2024").json();
        JsonNode mergedBefore = api.get("/api/provinces/15/indicators?year=2024").json();

        assertThat(oldLaoCaiXa).isEqualTo(126);
        assertThat(oldLaoCai.get("communes").get("total").asInt()).isEqualTo(126);
        assertThat(oldLaoCai.get("communes").get("atLeast").get("standard").asInt()).isEqualTo(recognisedIn2024("10"));
        assertThat(mergedBefore.get("communes").get("total").asLong()).isEqualTo(oldLaoCaiXa + oldYenBaiXa);
        assertThat(mergedBefore.get("provinceCodes")).extracting(JsonNode::asString).containsExactly("10", "15");
        assertThat(api.get("/api/provinces/10/indicators?year=2025").json().get("communes").get("total").asInt()).isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
                WHERE c.level = 'commune' AND c.province_code = '10' AND p.code = '10' AND p.province_code = '10'
                  AND p.valid_to = DATE '2025-07-01'""").query(Integer.class).single()).isEqualTo(151);
    }

    @Test
    void aYearWithoutResultsHasNoDataRatherThanZero() {
        JsonNode before = api.get("/api/provinces/15/indicators?year=2024").json();
        JsonNode withResults = api.get("/api/provinces/15/indicators?year=2025").json();

        assertThat(before.get("averageCriteriaMet").isNull()).isTrue();
        assertThat(before.get("communesBelow15").isNull()).isTrue();
        assertThat(before.get("communesWithResults").asInt()).isZero();
        assertThat(withResults.get("averageCriteriaMet").isNull()).isFalse();
        assertThat(api.get("/api/provinces/14/indicators?year=2030").json().get("averageCriteriaMet").isNull()).isTrue();
    }

    @Test
    void theMapOffersEveryYearOfThe2021To2025PeriodOn() {
        List<Integer> years = api.get("/api/meta").json().get("years").valueStream().map(JsonNode::asInt).toList();

        assertThat(years).containsSubsequence(IntStream.rangeClosed(2021, 2026).boxed().toList());
        assertThat(years.get(0)).isEqualTo(2021);
    }

    @Test
    void aMergedCommuneShowsWhereItsPredecessorsStoodEachYearBeforeTheMerger() {
        // Xã Bình Lư (Lai Châu) was formed from Thị trấn Tam Đường, Xã Sơn Bình and Xã Bình Lư.
        JsonNode history = api.get("/api/units/03390?year=2025").json().get("predecessorHistory");

        assertThat(history).extracting(y -> y.get("year").asInt()).containsExactly(2021, 2022, 2023, 2024);
        for (JsonNode year : history) {
            assertThat(year.get("predecessors").asInt()).isEqualTo(3);
            assertThat(year.get("assessed").asInt()).isEqualTo(2);
            assertThat(year.get("standard").asInt()).isEqualTo(jdbc.sql("""
                    SELECT count(DISTINCT e.unit_id) FROM status_event e JOIN admin_unit p ON p.id = e.unit_id
                    JOIN admin_unit_lineage l ON l.predecessor_id = p.id JOIN admin_unit s ON s.id = l.successor_id
                    WHERE s.code = '03390' AND s.valid_to IS NULL AND e.event = 'recognized'
                      AND e.event_date <= make_date(:y, 12, 31)""").param("y", year.get("year").asInt())
                    .query(Integer.class).single());
        }
    }

    @Test
    void generatedStatusesAndResultsSayTheyAreDemoInTheApi() {
        String recognised = jdbc.sql("""
                SELECT code FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL
                  AND status_at(id, DATE '2025-12-31') <> 'none' ORDER BY code LIMIT 1""").query(String.class).single();
        JsonNode unit = api.get("/api/units/" + recognised + "?year=2025").json();

        assertThat(unit.get("demo").asBoolean()).isFalse();
        assertThat(unit.get("recognition").get("demo").asBoolean()).isTrue();
        assertThat(unit.get("events")).allSatisfy(e -> assertThat(e.get("demo").asBoolean()).isTrue());
        assertThat(unit.get("criteria").get("results")).allSatisfy(r -> {
            assertThat(r.get("demo").asBoolean()).isTrue();
            assertThat(r.get("indicators")).allSatisfy(i -> assertThat(i.get("demo").asBoolean()).isTrue());
        });
    }

    @Test
    void wardsAreCountedApartInTheStatusSummaryTheMapDrawsThemFrom() {
        JsonNode summary = api.get("/api/status/summary?year=2025").json();

        // The country's 2,611 xã (the demo provinces' 36 + 67 + 89 among them); 697 phường and 13 đặc khu apart.
        assertThat(summary.get("total").asInt()).isEqualTo(2611);
        assertThat(summary.get("notAssessed").asInt()).isEqualTo(697 + 13);
        assertThat(summary.get("notAssessedCodes")).extracting(JsonNode::asString).contains("03679", "03388");
    }

    private int recognisedIn2024(String province) {
        return jdbc.sql("""
                SELECT count(DISTINCT e.unit_id) FROM status_event e JOIN admin_unit u ON u.id = e.unit_id
                WHERE u.province_code = :p AND u.level = 'commune' AND e.event = 'recognized'
                  AND e.event_date <= DATE '2024-12-31'""").param("p", province).query(Integer.class).single();
    }

    private JsonNode merges() throws IOException {
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream(
                "/vn/ntm/demo/boundaries/merges_2025.json.gz"))) {
            return json.readTree(in);
        }
    }
}
