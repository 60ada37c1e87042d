package vn.ntm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import tools.jackson.databind.ObjectMapper;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.VectorTile;

/**
 * Runs the map's JavaScript tests (web/src/test/js, node --test): the tile decoder on tiles this
 * server made (saved into target/mvt-fixtures with what mapbox-vector-tile-java reads in them) and
 * the offline outbox's rules and the gap list's order; fails when node's tests fail.
 */
@IntegrationTest
class MvtJsTest {

    static final File NODE = new File("/usr/bin/node");
    static final Path FIXTURES = Path.of("target", "mvt-fixtures").toAbsolutePath();
    static final Path JS_TESTS = Path.of("..", "web", "src", "test", "js").toAbsolutePath().normalize();

    /** Polygons (communes, villages, Sơn La), lines (roads) and points (schools), all near Chiềng Sinh. */
    static final List<String> TILES = List.of("communes/7/101/56?year=2026", "villages/11/1615/899", "road/11/1615/899",
            "school/11/1615/899");

    /** outbox.test.mjs (the offline outbox's rules) and gaps.test.mjs (the gap list's order) need no tiles. */
    static final int OTHER_TESTS = 11 + 3;

    @Autowired
    Api api;

    @Autowired
    ObjectMapper json;

    @Test
    void theBrowsersDecoderReadsTheServersTilesAsTheJavaDecoderDoes() throws Exception {
        boolean installed = NODE.canExecute();
        String why = "Node.js (Debian nodejs) is needed to run web/src/test/js";
        if ("required".equals(System.getenv("NTM_BROWSER_TESTS"))) {
            assertTrue(installed, why);
        }
        assumeTrue(installed, why);
        Files.createDirectories(FIXTURES);
        Files.write(FIXTURES.resolve("pbf.js"), api.get("/webjars/pbf/index.js").bytes());
        List<Map<String, Object>> expected = new ArrayList<>();
        for (String tile : TILES) {
            expected.add(fixture(tile));
        }
        json.writeValue(FIXTURES.resolve("expected.json").toFile(), expected);

        Path log = FIXTURES.resolve("node-test.log");
        ProcessBuilder node = new ProcessBuilder(NODE.getPath(), "--import", "./register-hooks.mjs", "--test",
                "mvt.test.mjs", "outbox.test.mjs", "gaps.test.mjs").directory(JS_TESTS.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        node.environment().put("NTM_MVT_FIXTURES", FIXTURES.toString());
        node.environment().put("NTM_PBF_JS", FIXTURES.resolve("pbf.js").toString());
        Process process = node.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("node --test finished").isTrue();

        assertThat(process.exitValue()).as("node --test:%n%s", Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("# pass " + (TILES.size() + 3 + OTHER_TESTS), "# fail 0");
    }

    /** Saves a tile as {layer}-{z}-{x}-{y}.mvt and returns what the Java decoder reads in it. */
    private Map<String, Object> fixture(String tile) throws Exception {
        String[] parts = tile.split("[/?]");
        int z = Integer.parseInt(parts[1]), x = Integer.parseInt(parts[2]), y = Integer.parseInt(parts[3]);
        Api.Response response = api.get("/tiles/" + parts[0] + "/" + z + "/" + x + "/" + y + ".mvt"
                + (tile.contains("?") ? tile.substring(tile.indexOf('?')) : ""));
        assertThat(response.status()).isEqualTo(200);
        String file = String.join("-", Arrays.asList(parts).subList(0, 4)) + ".mvt";
        Files.write(FIXTURES.resolve(file), response.bytes());
        JtsLayer layer = VectorTile.decode(z, x, y, response.bytes()).layers().get(parts[0]);
        List<Map<String, Object>> features = new ArrayList<>();
        for (Geometry geometry : layer.getGeometries()) {
            features.add(Map.of("type", geometry.getGeometryType().replace("Multi", ""),
                    "properties", VectorTile.properties(geometry),
                    "coordinates", Arrays.stream(geometry.getCoordinates()).map(MvtJsTest::point).toList()));
        }
        Map<String, Object> fixture = new LinkedHashMap<>();
        fixture.put("file", file);
        fixture.put("layer", parts[0]);
        fixture.put("extent", layer.getExtent());
        fixture.put("features", features);
        return fixture;
    }

    private static List<Long> point(Coordinate c) {
        return List.of(Math.round(c.x), Math.round(c.y));
    }
}
