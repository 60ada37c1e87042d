package vn.ntm.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;

/** Place names and unit outlines for the map, against the boundaries in the database. */
@IntegrationTest
class UnitMapApiTest {

    static final String SON_LA = "bbox=103.5,21.0,104.5,21.6";

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void labelsFollowTheZoomAndSitInsideTheirUnits() {
        JsonNode z6 = api.get("/api/labels?" + SON_LA + "&zoom=6&year=2025").json();
        JsonNode z9 = api.get("/api/labels?" + SON_LA + "&zoom=9&year=2025").json();
        JsonNode z12 = api.get("/api/labels?bbox=103.88,21.30,103.95,21.36&zoom=12&year=2025").json();

        assertThat(levels(z6)).containsOnly("province").isNotEmpty();
        assertThat(levels(z9)).contains("province", "commune").doesNotContain("village");
        assertThat(levels(z12)).contains("commune", "village").doesNotContain("province");
        for (JsonNode label : z9) {
            assertThat(jdbc.sql("""
                    SELECT ST_Contains(geom, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)) FROM admin_unit
                    WHERE code = :code AND valid_to IS NULL""").param("lon", label.get("lon").asDouble())
                    .param("lat", label.get("lat").asDouble()).param("code", label.get("code").asString())
                    .query(Boolean.class).single()).as(label.toString()).isTrue();
        }
    }

    @Test
    void theOutlineIsTheUnitsShape() {
        JsonNode shape = api.get("/api/units/03688/outline?year=2025").json();

        assertThat(shape.get("type").asString()).isIn("Polygon", "MultiPolygon");
        assertThat(shape.toString().split("\\],\\[").length).isGreaterThan(20);
        assertThat(api.get("/api/units/99999/outline").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bbox=1,2,3&zoom=9", "bbox=104,21,103,22&zoom=9", "bbox=-181,0,0,1&zoom=9",
            "bbox=a,b,c,d&zoom=9", "bbox=103,21,104,22&zoom=23", "bbox=103,21,104,22&zoom=-1",
            "bbox=103,21,104,22", "bbox=103,21,104,22&zoom=9&year=99999", "bbox=103,21,104,NaN&zoom=9"})
    void hostileLabelParametersAreRefused(String query) {
        Api.Response response = api.get("/api/labels?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static List<String> levels(JsonNode labels) {
        List<String> levels = new ArrayList<>();
        labels.forEach(l -> levels.add(l.get("level").asString()));
        return levels;
    }
}
