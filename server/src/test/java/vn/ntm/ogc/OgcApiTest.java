package vn.ntm.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.gis.ogr.OgrCommand;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;

/** OGC API – Features over the map's layers, read as a client would, and by GDAL's own client. */
@IntegrationTest
class OgcApiTest {

    static final String CURRENT_COMMUNES = """
            SELECT count(*) FROM admin_unit WHERE level = 'commune'
              AND valid_from <= make_date(:year, 12, 31) AND (valid_to IS NULL OR valid_to > make_date(:year, 12, 31))""";

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Value("${local.server.port}")
    int port;

    @Test
    void theLandingPageLeadsToConformanceAndTheCollections() {
        JsonNode landing = api.get("/ogc").json();
        assertThat(landing.get("links").valueStream().map(l -> l.get("rel").asString()))
                .contains("self", "service-desc", "conformance", "data");
        Api.Response definition = api.get("/ogc/api");
        assertThat(definition.contentType()).startsWith("application/vnd.oai.openapi+json");
        assertThat(definition.json().get("paths").has("/ogc/collections/{collectionId}/items")).isTrue();
        assertThat(api.get("/ogc/conformance").json().get("conformsTo").valueStream().map(JsonNode::asString))
                .contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");
        JsonNode collections = api.get("/ogc/collections").json().get("collections");
        assertThat(collections.valueStream().map(c -> c.get("id").asString()))
                .contains("provinces", "communes", "villages", "road", "school", "health_station");
        assertThat(api.get("/ogc/collections/communes").json().get("extent").get("spatial").get("bbox").get(0).size())
                .isEqualTo(4);
    }

    @Test
    void itemsArePagedWithTheirCountAndLinks() {
        int year = api.get("/api/meta").json().get("latestYear").asInt();
        long communes = jdbc.sql(CURRENT_COMMUNES).param("year", year).query(Long.class).single();

        Api.Response first = api.get("/ogc/collections/communes/items?limit=5");
        assertThat(first.contentType()).startsWith("application/geo+json");
        JsonNode page = first.json();
        assertThat(page.get("numberMatched").asLong()).isEqualTo(communes);
        assertThat(page.get("numberReturned").asInt()).isEqualTo(5);
        assertThat(page.get("features").get(0).get("properties").get("status").asString()).isNotBlank();
        String next = link(page, "next");
        JsonNode second = api.get(next.substring(next.indexOf("/ogc"))).json();
        assertThat(second.get("features").get(0).get("id").asLong())
                .isGreaterThan(page.get("features").get(4).get("id").asLong());
        JsonNode last = api.get("/ogc/collections/communes/items?limit=5&offset=" + communes).json();
        assertThat(last.get("numberReturned").asInt()).isZero();
        assertThat(last.get("links").valueStream().map(l -> l.get("rel").asString())).doesNotContain("next");
    }

    @Test
    void aBoundingBoxSelectsTheFeaturesItTouches() {
        JsonNode page = api.get("/ogc/collections/road/items?bbox=103.9,21.2,104.0,21.4&limit=1000").json();

        long expected = jdbc.sql("""
                SELECT count(*) FROM infrastructure WHERE category = 'road' AND status <> 'decommissioned'
                  AND geom && ST_MakeEnvelope(103.9, 21.2, 104.0, 21.4, 4326)""").query(Long.class).single();
        assertThat(expected).isPositive();
        assertThat(page.get("numberMatched").asLong()).isEqualTo(expected);
        assertThat(page.get("features").valueStream().map(f -> f.get("geometry").get("type").asString()))
                .containsOnly("LineString");
    }

    @Test
    void oneFeatureByItsId() {
        long id = jdbc.sql("SELECT id FROM admin_unit WHERE code = '03679' AND valid_to IS NULL").query(Long.class)
                .single();

        JsonNode feature = api.get("/ogc/collections/communes/items/" + id).json();

        assertThat(feature.get("type").asString()).isEqualTo("Feature");
        assertThat(feature.get("properties").get("name").asString()).isEqualTo("Chiềng Sinh");
        assertThat(api.get("/ogc/collections/villages/items/" + id).status()).isEqualTo(404);
        assertThat(api.get("/ogc/collections/rivers/items").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"bbox=1;2;3, bbox", "bbox=10;20;5;30, bbox", "bbox=a;b;c;d, bbox", "limit=0, limit", "offset=-1, offset",
            "year=1800, year"})
    void badParametersAreNamed(String query, String parameter) {
        Api.Response response = api.get("/ogc/collections/communes/items?" + query.replace(';', ','));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("invalidParams").get(0).get("name").asString()).isEqualTo(parameter);
    }

    /** Through its pages: the communes of Sơn La's extent (a few pages; the whole country's 3,321 take minutes). */
    @Test
    void gdalReadsTheCommunesOfAnAreaThroughItsOgcApiClient(@TempDir Path dir) throws Exception {
        int year = api.get("/api/meta").json().get("latestYear").asInt();
        Path copy = dir.resolve("communes.geojson");
        List<String> extent = jdbc.sql("""
                SELECT unnest(ARRAY[ST_XMin(geom), ST_YMin(geom), ST_XMax(geom), ST_YMax(geom)])::text
                FROM admin_unit WHERE level = 'province' AND code = '14' AND valid_to IS NULL""").query(String.class).list();

        List<String> command = new ArrayList<>(List.of("ogr2ogr", "-f", "GeoJSON", "-spat"));
        command.addAll(extent);
        command.addAll(List.of(copy.toString(), "OAPIF:http://localhost:" + port + "/ogc", "communes"));
        OgrCommand.run(command, Duration.ofSeconds(120), Map.of());

        String geojson = Files.readString(copy);
        assertThat(geojson.split("\"type\": \"Feature\"", -1).length - 1)
                .isEqualTo(jdbc.sql(CURRENT_COMMUNES + " AND ST_Intersects(geom, ST_MakeEnvelope(CAST(:x0 AS float8), "
                        + "CAST(:y0 AS float8), CAST(:x1 AS float8), CAST(:y1 AS float8), 4326))")
                        .param("year", year).param("x0", extent.get(0)).param("y0", extent.get(1))
                        .param("x1", extent.get(2)).param("y1", extent.get(3)).query(Long.class).single().intValue())
                .isGreaterThan(75);
        assertThat(geojson).contains("Chiềng Sinh");
    }

    private static String link(JsonNode page, String rel) {
        return page.get("links").valueStream().filter(l -> l.get("rel").asString().equals(rel)).findFirst()
                .orElseThrow().get("href").asString();
    }
}
