package vn.ntm.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import tools.jackson.databind.JsonNode;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.Oracle;
import vn.ntm.support.VectorTile;

@IntegrationTest
class TileApiTest {

    /** The z7 tile over Sơn La city (Chiềng Sinh, code 03679). */
    static final int Z = 7, X = 101, Y = 56;
    static final String SON_LA_TILE = "/" + Z + "/" + X + "/" + Y + ".mvt";

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Value("${local.server.port}")
    int port;

    @Test
    void communeFeaturesCarryStatusAndCriteriaAndSitWhereTheCommuneIs() {
        JtsLayer layer = tile("communes", Z, X, Y, "?year=2026").layers().get("communes");
        Geometry chiengSinh = layer.getGeometries().stream()
                .filter(g -> "03679".equals(VectorTile.properties(g).get("code"))).findFirst().orElseThrow();
        Map<String, Object> properties = VectorTile.properties(chiengSinh);

        assertThat(properties).containsEntry("name", "Chiềng Sinh")
                .containsEntry("status", status("03679", 2026));
        assertThat(((Number) properties.get("criteria_total")).intValue()).isEqualTo(10);
        Coordinate inside = new VectorTile(Z, X, Y, null).lonLat(chiengSinh.getInteriorPoint().getCoordinate(),
                layer.getExtent());
        assertThat(jdbc.sql("""
                SELECT ST_DWithin(geom, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), 0.002)
                FROM admin_unit WHERE code = '03679' AND valid_to IS NULL""")
                .param("lon", inside.x).param("lat", inside.y).query(Boolean.class).single()).isTrue();
    }

    @Test
    void theYearChangesTheStatusInTheTile() {
        long differing = jdbc.sql("""
                SELECT count(*) FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL
                  AND status_at(id, DATE '2025-12-31') <> status_at(id, DATE '2026-12-31')""")
                .query(Long.class).single();
        Map<String, Object> in2025 = statusByCode(tile("communes", 5, 25, 14, "?year=2025").layers().get("communes"));
        Map<String, Object> in2026 = statusByCode(tile("communes", 5, 25, 14, "?year=2026").layers().get("communes"));

        assertThat(differing).isPositive();
        assertThat(in2025).isNotEqualTo(in2026);
        in2026.forEach((code, status) -> assertThat(status).isEqualTo(status(code, 2026)));
    }

    @Test
    void villageAndRoadLayersCarryTheirAttributes() {
        Geometry village = tile("villages", 11, 1615, 899, "").layers().get("villages").getGeometries().iterator().next();
        Geometry road = tile("road", 11, 1615, 899, "").layers().get("road").getGeometries().iterator().next();

        assertThat(VectorTile.properties(village)).containsKeys("code", "name", "status", "commune");
        assertThat(VectorTile.properties(road)).containsKeys("category", "condition", "surface", "hardened")
                .containsEntry("category", "road");
        assertThat(road.getGeometryType()).contains("LineString");
    }

    @Test
    void infrastructureIsNotDrawnBelowItsMinimumZoom() {
        Api.Response response = api.get("/tiles/road/5/25/14.mvt");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bytes()).isEmpty();
    }

    @Test
    void tileOutsideTheDataIsEmpty() {
        Api.Response response = api.get("/tiles/communes/7/0/0.mvt");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bytes()).isEmpty();
    }

    @Test
    void unchangedTileRevalidatesWithNotModifiedAndChangesAfterAWrite() throws Exception {
        HttpResponse<byte[]> first = get("/tiles/communes" + SON_LA_TILE, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(get("/tiles/communes" + SON_LA_TILE, etag).statusCode()).isEqualTo(304);

        jdbc.sql("UPDATE admin_unit SET name = name WHERE code = '03679' AND valid_to IS NULL").update();
        HttpResponse<byte[]> afterEdit = get("/tiles/communes" + SON_LA_TILE, etag);
        assertThat(afterEdit.statusCode()).isEqualTo(200);
        assertThat(afterEdit.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(etag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"communes", "villages", "road", "health_station"})
    void tileJsonDescribesTheLayer(String layer) {
        JsonNode json = api.get("/tiles/" + layer + ".json").json();

        assertThat(json.get("tilejson").asString()).isEqualTo("3.0.0");
        assertThat(json.get("tiles").get(0).asString()).endsWith("/tiles/" + layer + "/{z}/{x}/{y}.mvt");
        assertThat(json.get("vector_layers").get(0).get("id").asString()).isEqualTo(layer);
        assertThat(json.get("vector_layers").get(0).get("fields").has("name")).isTrue();
        assertThat(json.get("bounds")).hasSize(4);
    }

    @Test
    void unknownLayerIsNotFound() {
        Api.Response response = api.get("/tiles/rivers" + SON_LA_TILE);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/tiles/rivers.json").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"/tiles/communes/3/8/1.mvt, x", "/tiles/communes/3/1/8.mvt, y", "/tiles/communes/23/0/0.mvt, z",
            "/tiles/communes/-1/0/0.mvt, z", "/tiles/communes/a/0/0.mvt, z"})
    void outOfRangeTilesAreBadRequests(String path, String parameter) {
        Api.Response response = api.get(path);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("invalidParams").get(0).get("name").asString()).isEqualTo(parameter);
    }

    private VectorTile tile(String layer, int z, int x, int y, String query) {
        Api.Response response = api.get("/tiles/" + layer + "/" + z + "/" + x + "/" + y + ".mvt" + query);
        assertThat(response.status()).isEqualTo(200);
        return VectorTile.decode(z, x, y, response.bytes());
    }

    private String status(String code, int year) {
        return Oracle.status(jdbc, code, LocalDate.of(year, 12, 31));
    }

    private static Map<String, Object> statusByCode(JtsLayer layer) {
        Map<String, Object> statuses = new TreeMap<>();
        layer.getGeometries().forEach(g -> statuses.put((String) VectorTile.properties(g).get("code"),
                VectorTile.properties(g).get("status")));
        return statuses;
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
