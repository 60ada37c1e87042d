package vn.ntm.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        assertThat(json.get("tiles").get(0).asString())
                .endsWith("/tiles/" + layer + "/{z}/{x}/{y}.mvt?v=" + api.get("/tiles/index.json").json().get(layer)
                        .get("version").asString());
        assertThat(json.get("vector_layers").get(0).get("id").asString()).isEqualTo(layer);
        assertThat(json.get("vector_layers").get(0).get("fields").has("name")).isTrue();
        assertThat(json.get("bounds")).hasSize(4);
    }

    @Test
    void theCatalogueListsEveryLayerInBothLanguagesWithItsTileJsonZooms() {
        JsonNode index = api.get("/tiles/index.json").json();
        List<Map<String, Object>> categories = jdbc.sql("SELECT code, name_vi, name_en FROM infra_category ORDER BY sort")
                .query().listOfRows();

        List<String> ids = new ArrayList<>();
        index.propertyNames().forEach(ids::add);
        assertThat(ids).startsWith("provinces", "communes", "villages").hasSize(3 + categories.size());
        assertThat(ids.subList(3, ids.size())).isEqualTo(categories.stream().map(c -> c.get("code")).toList());
        categories.forEach(c -> {
            JsonNode entry = index.get((String) c.get("code"));
            assertThat(entry.get("nameVi").asString()).isEqualTo(c.get("name_vi"));
            assertThat(entry.get("nameEn").asString()).isEqualTo(c.get("name_en"));
            assertThat(entry.get("source").asString()).isEqualTo("infrastructure");
        });
        assertThat(index.get("communes").get("nameVi").asString()).isEqualTo("Xã, phường theo mức đạt chuẩn");
        assertThat(index.get("communes").get("nameEn").asString()).isEqualTo("Communes by status");
        assertThat(index.get("road").get("minzoom").asInt()).isEqualTo(11);
        assertThat(index.get("villages").get("minzoom").asInt()).isEqualTo(10);
        index.forEach(entry -> {
            JsonNode tileJson = api.get(URI.create(entry.get("detailurl").asString()).getPath()).json();
            assertThat(tileJson.get("name").asString()).isEqualTo(entry.get("id").asString());
            assertThat(entry.get("minzoom")).isEqualTo(tileJson.get("minzoom"));
            assertThat(entry.get("maxzoom")).isEqualTo(tileJson.get("maxzoom"));
            assertThat(entry.get("fields")).isEqualTo(tileJson.get("vector_layers").get(0).get("fields"));
        });
    }

    @Test
    void aCategoryAddedToTheDatabaseIsCataloguedAndServedWithoutARestart() {
        jdbc.sql("INSERT INTO infra_category (code, name_vi, name_en, criterion, sort) VALUES ('bridge', 'Cầu', 'Bridges', 2, 90)")
                .update();
        try {
            jdbc.sql("""
                    INSERT INTO infrastructure (category, name, geom, data_source, updated_by)
                    VALUES ('bridge', 'Cầu Chiềng Sinh', ST_SetSRID(ST_MakePoint(103.98, 21.31), 4326), 'test', 'test')""")
                    .update();
            JsonNode bridge = api.get("/tiles/index.json").json().get("bridge");

            assertThat(bridge.get("nameVi").asString()).isEqualTo("Cầu");
            assertThat(bridge.get("minzoom").asInt()).isEqualTo(TileLayers.INFRASTRUCTURE_MIN_ZOOM);
            Geometry feature = tile("bridge", 12, 3231, 1799, "").layers().get("bridge").getGeometries().iterator().next();
            assertThat(VectorTile.properties(feature)).containsEntry("name", "Cầu Chiềng Sinh");
        } finally {
            jdbc.sql("DELETE FROM infrastructure WHERE category = 'bridge'").update();
            jdbc.sql("DELETE FROM infra_category WHERE code = 'bridge'").update();
        }
        assertThat(api.get("/tiles/index.json").json().has("bridge")).isFalse();
    }

    @Test
    void communesAndVillagesSayWhetherNtmAssessesThem() {
        Map<String, Object> communes = attributeByCode(tile("communes", Z, X, Y, "?year=2026").layers().get("communes"),
                "assessed");
        Map<String, Object> villages = attributeByCode(tile("villages", 11, 1615, 899, "").layers().get("villages"),
                "assessed");

        assertThat(communes).containsEntry("03679", false).containsEntry("03808", true);
        communes.forEach((code, assessed) -> assertThat(assessed).as(code).isEqualTo(assessed(code)));
        assertThat(villages).containsValues(true, false);
        villages.forEach((code, assessed) -> assertThat(assessed).as(code).isEqualTo(assessed(code)));
    }

    @Test
    void optingAWardInRefreshesItsTile() throws Exception {
        String etag = get("/tiles/communes" + SON_LA_TILE, null).headers().firstValue("ETag").orElseThrow();
        jdbc.sql("INSERT INTO ntm_assessment_optin (unit_id, decision_no) SELECT id, 'QĐ thử' FROM admin_unit "
                + "WHERE code = '03679' AND valid_to IS NULL").update();
        try {
            HttpResponse<byte[]> after = get("/tiles/communes" + SON_LA_TILE, etag);

            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(attributeByCode(VectorTile.decode(Z, X, Y, after.body()).layers().get("communes"), "assessed"))
                    .containsEntry("03679", true);
        } finally {
            jdbc.sql("DELETE FROM ntm_assessment_optin WHERE unit_id IN (SELECT id FROM admin_unit WHERE code = '03679')")
                    .update();
        }
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

    private boolean assessed(String code) {
        return jdbc.sql("SELECT ntm_assessed(id) FROM admin_unit WHERE code = :code AND valid_to IS NULL")
                .param("code", code).query(Boolean.class).single();
    }

    private static Map<String, Object> statusByCode(JtsLayer layer) {
        return attributeByCode(layer, "status");
    }

    private static Map<String, Object> attributeByCode(JtsLayer layer, String attribute) {
        Map<String, Object> values = new TreeMap<>();
        layer.getGeometries().forEach(g -> values.put((String) VectorTile.properties(g).get("code"),
                VectorTile.properties(g).get(attribute)));
        return values;
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
