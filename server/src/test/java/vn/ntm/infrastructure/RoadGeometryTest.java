package vn.ntm.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;

/**
 * One fixture per road geometry (LineString, MultiLineString whose parts join, one with disjoint
 * parts, a (near) zero-length line): the gap list and the map indicators count the same roads, each gap
 * pinned at the road's own midpoint.
 */
@IntegrationTest
class RoadGeometryTest {

    private static final String COMMUNE = "03688";
    /** 200 m east of the commune's point p, where the road with disjoint parts runs. */
    private static final String EAST = "ST_Project(p::geography, 200, pi() / 2)::geometry";

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    private long commune;
    private List<Long> demoRoads;

    @BeforeEach
    void onlyTheFixturesAreExistingRoads() {
        commune = jdbc.sql("SELECT id FROM admin_unit WHERE code = :c AND valid_to IS NULL").param("c", COMMUNE)
                .query(Long.class).single();
        demoRoads = jdbc.sql("SELECT id FROM infrastructure WHERE commune_id = :c AND category = 'road' AND status = 'existing'")
                .param("c", commune).query(Long.class).list();
        jdbc.sql("UPDATE infrastructure SET status = 'planned' WHERE id IN (:ids)").param("ids", demoRoads).update();
        // From the commune's point p northwards.
        road("line", line(north("p", 0), north("p", 1000)));
        road("multi", "ST_Multi(ST_Collect(%s, %s))".formatted(line(north("p", 0), north("p", 500)),
                line(north("p", 500), north("p", 1000))));
        road("disjoint", "ST_Multi(ST_Collect(%s, %s))".formatted(line(north(EAST, 0), north(EAST, 300)),
                line(north(EAST, 400), north(EAST, 1100))));
        // The table refuses an invalid zero-length line (CHECK ST_IsValid); 1 mm is the nearest it keeps.
        road("zero", line("p", "ST_Project(p::geography, 0.001, 0)::geometry"));
    }

    @AfterEach
    void restore() {
        jdbc.sql("DELETE FROM infrastructure WHERE commune_id = :c AND updated_by = 'road-geometry-test'")
                .param("c", commune).update();
        jdbc.sql("UPDATE infrastructure SET status = 'existing' WHERE id IN (:ids)").param("ids", demoRoads).update();
    }

    @Test
    void gapListAndMapIndicatorsCountTheSameRoads() {
        JsonNode gaps = api.get("/api/gaps?commune=" + COMMUNE + "&kind=unhardened_road&limit=50").json();
        JsonNode map = api.get("/api/units/" + COMMUNE + "/map-indicators").json();

        assertThat(gaps.get("items").valueStream().map(g -> g.get("name").asString()))
                .containsExactlyInAnyOrder("line", "multi", "disjoint", "zero");
        assertThat(gaps.get("counts").get("unhardened_road").asLong()).isEqualTo(4);
        JsonNode roads = map.get("roads");
        assertThat(roads).hasSize(1);
        // 1 + 0.5 + 0.5 + 0.3 + 0.7 + 0 km, none of it hardened.
        assertThat(roads.get(0).get("lengthKm").asDouble()).isCloseTo(3.0, within(0.011));
        assertThat(roads.get(0).get("hardenedKm").asDouble()).isZero();
    }

    @Test
    void eachGapIsPinnedAtItsRoadsMidpoint() {
        Map<String, double[]> spots = new HashMap<>();
        api.get("/api/gaps?commune=" + COMMUNE + "&kind=unhardened_road&limit=50").json().get("items")
                .forEach(g -> spots.put(g.get("name").asString(),
                        new double[] {g.get("lon").asDouble(), g.get("lat").asDouble()}));

        // Halfway along: the line's 500 m, the joined parts' 500 m, the longer part's (400..1100 m) 750 m.
        assertThat(metresFrom(spots.get("line"), north("p", 500))).isLessThan(1);
        assertThat(metresFrom(spots.get("multi"), north("p", 500))).isLessThan(1);
        assertThat(metresFrom(spots.get("disjoint"), north(EAST, 750))).isLessThan(1);
        assertThat(metresFrom(spots.get("zero"), "p")).isLessThan(1);
    }

    @Test
    void aZeroLengthLineHasItsOwnPointAsMidpoint() {
        assertThat(jdbc.sql("""
                SELECT ST_AsText(road_midpoint('SRID=4326;LINESTRING(105 21,105 21)')) || ' '
                       || ST_AsText(road_midpoint('SRID=4326;MULTILINESTRING((105 21,105 21))'))""")
                .query(String.class).single()).isEqualTo("POINT(105 21) POINT(105 21)");
    }

    private void road(String name, String geometry) {
        jdbc.sql("""
                INSERT INTO infrastructure (category, subtype, name, geom, commune_id, status, surface, hardened,
                                            data_source, updated_by)
                SELECT 'road', 'xa', :name, %s, :c, 'existing', 'earth', false, 'test', 'road-geometry-test'
                FROM (SELECT ST_PointOnSurface(geom) AS p FROM admin_unit WHERE id = :c) x""".formatted(geometry))
                .param("name", name).param("c", commune).update();
    }

    private double metresFrom(double[] spot, String expected) {
        return jdbc.sql("""
                SELECT ST_Distance(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography, (%s)::geography)
                FROM (SELECT ST_PointOnSurface(geom) AS p FROM admin_unit WHERE id = :c) x""".formatted(expected))
                .param("lon", spot[0]).param("lat", spot[1]).param("c", commune).query(Double.class).single();
    }

    /** A point {@code metres} north of {@code from} along the geodesic, computed apart from road_midpoint. */
    private static String north(String from, int metres) {
        return "ST_Project((%s)::geography, %d, 0)::geometry".formatted(from, metres);
    }

    private static String line(String from, String to) {
        return "ST_MakeLine(%s, %s)".formatted(from, to);
    }
}
