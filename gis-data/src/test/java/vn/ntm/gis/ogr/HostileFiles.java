package vn.ntm.gis.ogr;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/** Files made to abuse GDAL, built in the test, and a local web server that counts what reaches it. */
public final class HostileFiles {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private HostileFiles() {
    }

    /** A GeoPackage with one point layer, {@code pts}, made by ogr2ogr. */
    public static Path geoPackage(Path dir, String name) throws Exception {
        Path points = Files.writeString(dir.resolve(name + ".geojson"), "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"TEN\":\"Giếng nước\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[103.968,21.309]}}]}");
        Path gpkg = dir.resolve(name + ".gpkg");
        OgrCommand.run(List.of("ogr2ogr", "-f", "GPKG", gpkg.toString(), points.toString(), "-nln", "pts"), TIMEOUT,
                Map.of());
        return gpkg;
    }

    /** A GeoPackage whose only feature table is a view that never ends (a recursive query without a limit). */
    public static Path endlessGeoPackage(Path dir) throws Exception {
        Path gpkg = geoPackage(dir, "loop");
        sql(gpkg, "CREATE VIEW loop AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                + "SELECT n AS fid, (SELECT geom FROM pts) AS geom FROM r");
        sql(gpkg, "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('loop', 'features', 'loop', 4326)");
        sql(gpkg, "INSERT INTO gpkg_geometry_columns VALUES ('loop', 'geom', 'POINT', 4326, 0, 0)");
        sql(gpkg, "DELETE FROM gpkg_contents WHERE table_name = 'pts'");
        return gpkg;
    }

    /** Runs SQL inside a GeoPackage. */
    public static void sql(Path gpkg, String statement) throws Exception {
        OgrCommand.run(List.of("ogrinfo", "-q", gpkg.toString(), "-sql", statement), TIMEOUT, Map.of());
    }

    /** A web server on 127.0.0.1 that answers every request with {@code body} and counts them. */
    public static final class CountingServer implements AutoCloseable {

        private final HttpServer server;
        private final AtomicInteger requests = new AtomicInteger();

        public CountingServer(String body) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                requests.incrementAndGet();
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
        }

        public String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        public int requests() {
            return requests.get();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
