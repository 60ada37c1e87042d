package vn.ntm.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.VectorTile;

/** The tile cache keyed by data version, versioned (immutable) tile URLs, and headers a CDN can rely on. */
@IntegrationTest
class TileCachingTest {

    /** A zoom-11 tile in Sơn La with roads, schools, communes and villages. */
    static final String TILE = "/11/1615/899.mvt";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ObjectMapper json;

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aWriteToARoadChangesRoadTilesAndLeavesOtherLayersCachedAtTheirVersion() throws Exception {
        JsonNode before = index();
        long roadId = jdbc.sql("""
                SELECT id FROM infrastructure WHERE category = 'road' AND status <> 'decommissioned'
                  AND geom_3857 && ST_TileEnvelope(11, 1615, 899) ORDER BY id LIMIT 1""").query(Long.class).single();
        get("/tiles/road" + TILE);
        HttpResponse<byte[]> school = get("/tiles/school" + TILE + "?v=" + version(before, "school"));
        double hits = hits();

        jdbc.sql("UPDATE infrastructure SET name = 'Đường thử bộ nhớ đệm' WHERE id = :id").param("id", roadId).update();
        JsonNode after = index();
        HttpResponse<byte[]> road = get("/tiles/road" + TILE);
        HttpResponse<byte[]> schoolAgain = get("/tiles/school" + TILE + "?v=" + version(before, "school"));

        assertThat(version(after, "road")).isNotEqualTo(version(before, "road"));
        assertThat(VectorTile.decode(11, 1615, 899, road.body()).layers().get("road").getGeometries())
                .anySatisfy(g -> assertThat(VectorTile.properties(g)).containsEntry("name", "Đường thử bộ nhớ đệm"));
        for (String untouched : new String[] {"school", "market", "communes", "villages", "provinces"}) {
            assertThat(version(after, untouched)).as(untouched).isEqualTo(version(before, untouched));
        }
        assertThat(schoolAgain.statusCode()).isEqualTo(200);
        assertThat(schoolAgain.body()).isEqualTo(school.body());
        assertThat(hits()).as("the school tile came from the cache").isGreaterThan(hits);
    }

    @Test
    void aStatusChangeChangesCommuneTilesAndLeavesInfrastructureAtItsVersion() throws Exception {
        JsonNode before = index();
        String statusBefore = status(get("/tiles/communes/7/101/56.mvt?year=2026"), "03808");
        jdbc.sql("""
                INSERT INTO status_event (unit_id, event, level, event_date, decision_no, created_by)
                SELECT id, 'recognized', 'model', DATE '2026-06-01', '1/QĐ-thử', 'test' FROM admin_unit
                WHERE code = '03808' AND valid_to IS NULL""").update();
        try {
            JsonNode after = index();

            assertThat(statusBefore).isNotEqualTo("model");
            assertThat(status(get("/tiles/communes/7/101/56.mvt?year=2026"), "03808")).isEqualTo("model");
            assertThat(version(after, "communes")).isNotEqualTo(version(before, "communes"));
            assertThat(version(after, "road")).isEqualTo(version(before, "road"));
            assertThat(version(after, "school")).isEqualTo(version(before, "school"));
        } finally {
            jdbc.sql("DELETE FROM status_event WHERE created_by = 'test' AND level = 'model'").update();
        }
    }

    @Test
    void aTileAtItsCurrentVersionIsImmutableAndPublicWithoutCookies() throws Exception {
        JsonNode index = index();
        String template = index.get("communes").get("tiles").get(0).asString();
        String version = version(index, "communes");

        HttpResponse<byte[]> tile = get(URI.create(template.replace("{z}/{x}/{y}", "7/101/56")).getPath()
                + "?v=" + version + "&year=2026");

        assertThat(template).endsWith("/tiles/communes/{z}/{x}/{y}.mvt?v=" + version);
        assertThat(tile.statusCode()).isEqualTo(200);
        assertThat(tile.body()).isNotEmpty();
        assertThat(tile.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(tile.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(get("/tiles/index.json").headers().allValues("Set-Cookie")).isEmpty();
        assertThat(get("/tiles/communes.json").headers().allValues("Set-Cookie")).isEmpty();
        assertThat(json.readTree(get("/tiles/communes.json").body()).get("tiles").get(0).asString())
                .endsWith("/tiles/communes/{z}/{x}/{y}.mvt?v=" + version);
    }

    @Test
    void aTileWithoutAVersionIsRevalidatedAndSetsNoCookie() throws Exception {
        HttpResponse<byte[]> tile = get("/tiles/communes/7/101/56.mvt");
        String etag = tile.headers().firstValue("ETag").orElseThrow();

        assertThat(tile.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(tile.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(send("/tiles/communes/7/101/56.mvt", Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        assertThat(send("/tiles/communes/7/101/56.mvt?year=2025", Map.of("If-None-Match", etag)).statusCode())
                .as("another year is another tile").isEqualTo(200);
    }

    @Test
    void anOutdatedVersionRedirectsToTheCurrentOneAndIsNeverCached() throws Exception {
        String old = version(index(), "health_station");
        jdbc.sql("UPDATE infrastructure SET name = name WHERE id = (SELECT min(id) FROM infrastructure "
                + "WHERE category = 'health_station')").update();
        String current = version(index(), "health_station");

        HttpResponse<byte[]> stale = get("/tiles/health_station" + TILE + "?year=2026&v=" + old + "&note=%7Bx%7D%25");
        HttpResponse<byte[]> unknown = get("/tiles/health_station" + TILE + "?v=999999999-0");

        assertThat(current).isNotEqualTo(old);
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(stale.headers().firstValue("Cache-Control")).hasValue("no-cache");
        String location = stale.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/tiles/health_station" + TILE + "?year=2026&note=%7Bx%7D%25&v=" + current);
        assertThat(get(URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery()).statusCode())
                .isEqualTo(200);
        assertThat(unknown.statusCode()).isEqualTo(302);
        assertThat(unknown.headers().firstValue("Location").orElseThrow()).endsWith("?v=" + current);
    }

    @ParameterizedTest
    @CsvSource({"/tiles/communes/7/101/56.mvt?v=abc, v", "/tiles/communes/7/101/56.mvt?v=1-2&v=3-4, v",
            "/tiles/communes/7/101/56.mvt?v=1-xyz, v", "/tiles/communes/7/101/56.mvt?v=99999999999999999999-1, v",
            "/tiles/communes/99999999999/0/0.mvt, z", "/tiles/communes/30/0/0.mvt, z",
            "/tiles/communes/7/101/56.mvt?year=abc, year"})
    void hostileTileParametersAreBadRequests(String path, String parameter) throws Exception {
        HttpResponse<byte[]> response = get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json.readTree(response.body()).get("invalidParams").get(0).get("name").asString())
                .isEqualTo(parameter);
    }

    @Test
    void theCacheKeepsNoMoreBytesThanItIsGiven() {
        assertThat(rendersOnASecondPass(DataSize.ofKilobytes(10))).as("at most 10 kB of 100 1-kB tiles kept")
                .isGreaterThanOrEqualTo(90);
        assertThat(rendersOnASecondPass(DataSize.ofMegabytes(1))).as("all kept").isZero();
        assertThat(rendersOnASecondPass(DataSize.ofBytes(0))).as("no cache").isEqualTo(100);
    }

    /** How many of 100 tiles of 1 kB are rendered again when asked for a second time. */
    private static int rendersOnASecondPass(DataSize size) {
        TileCache cache = new TileCache(new TileProperties(size, null), new SimpleMeterRegistry());
        AtomicInteger renders = new AtomicInteger();
        for (int x = 0; x < 100; x++) {
            cache.get(key(x), () -> render(renders));
        }
        renders.set(0);
        for (int x = 0; x < 100; x++) {
            cache.get(key(x), () -> render(renders));
        }
        return renders.get();
    }

    private static TileCache.Key key(int x) {
        return new TileCache.Key("communes", 10, x, 0, "{year=[2026]}", "1-0");
    }

    private static byte[] render(AtomicInteger renders) {
        renders.incrementAndGet();
        return new byte[1000];
    }

    private JsonNode index() throws Exception {
        return json.readTree(get("/tiles/index.json").body());
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return send(path, Map.of());
    }

    private HttpResponse<byte[]> send(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private double hits() {
        return meters.get("cache.gets").tag("cache", "tiles").tag("result", "hit").functionCounter().count();
    }

    private static String version(JsonNode index, String layer) {
        return index.get(layer).get("version").asString();
    }

    private static String status(HttpResponse<byte[]> response, String code) {
        return VectorTile.decode(7, 101, 56, response.body()).layers().get("communes").getGeometries().stream()
                .map(VectorTile::properties).filter(p -> code.equals(p.get("code"))).findFirst().orElseThrow()
                .get("status").toString();
    }
}
