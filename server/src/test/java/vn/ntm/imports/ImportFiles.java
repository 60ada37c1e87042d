package vn.ntm.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import vn.ntm.gis.crs.Vn2000;
import vn.ntm.gis.ogr.OgrCommand;
import vn.ntm.support.Multipart;

/** Builds surveyors' files in the test, with ogr2ogr: no binary fixtures in the repository. */
public final class ImportFiles {

    private final Path dir;

    public ImportFiles(Path dir) {
        this.dir = dir;
    }

    /** A GeoJSON FeatureCollection of WGS84 features, each "name|code|wkt" with extra properties optional. */
    public Path geojson(String name, List<Map<String, Object>> features) throws IOException {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < features.size(); i++) {
            Map<String, Object> f = features.get(i);
            json.append(i > 0 ? "," : "").append("{\"type\":\"Feature\",\"properties\":{");
            List<String> props = new ArrayList<>();
            f.forEach((k, v) -> {
                if (!k.equals("geometry")) {
                    props.add("\"" + k + "\":\"" + v + "\"");
                }
            });
            json.append(String.join(",", props)).append("},\"geometry\":").append(f.get("geometry")).append("}");
        }
        json.append("]}");
        return Files.writeString(dir.resolve(name + ".geojson"), json, StandardCharsets.UTF_8);
    }

    /**
     * A zipped shapefile of those features, reprojected to {@code proj} (null: WGS84), text written
     * in {@code encoding} (an iconv name), with or without its .prj.
     */
    Path shapefileZip(String name, Path geojson, String proj, String encoding, boolean keepPrj) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        List<String> command = new ArrayList<>(List.of("ogr2ogr", "-f", "ESRI Shapefile",
                folder.resolve(name + ".shp").toString(), geojson.toString(), "-lco", "ENCODING=" + encoding));
        if (proj != null) {
            command.addAll(List.of("-s_srs", "EPSG:4326", "-t_srs", proj));
        }
        OgrCommand.run(command, Duration.ofSeconds(60), Map.of());
        Files.deleteIfExists(folder.resolve(name + ".cpg"));
        if (!keepPrj) {
            Files.deleteIfExists(folder.resolve(name + ".prj"));
        }
        return zip(name + ".zip", folder);
    }

    Path zip(String zipName, Path folder) throws IOException {
        Path zip = dir.resolve(zipName);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
                var members = Files.list(folder)) {
            for (Path member : members.sorted().toList()) {
                out.putNextEntry(new ZipEntry(member.getFileName().toString()));
                out.write(Files.readAllBytes(member));
            }
        }
        return zip;
    }

    /** The upload form the page sends. */
    public static Multipart form(Path file, String province, String target) {
        try {
            return new Multipart().field("province", province).field("target", target)
                    .file("file", file.getFileName().toString(), "application/octet-stream", Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tm3(double meridian) {
        return Vn2000.tm3(meridian).proj();
    }

    static Map<String, Object> polygon(String name, String code, double lon, double lat, double size) {
        return Map.of("TEN_THON", name, "MA_THON", code, "geometry", "{\"type\":\"Polygon\",\"coordinates\":[[["
                + lon + "," + lat + "],[" + (lon + size) + "," + lat + "],[" + (lon + size) + "," + (lat + size) + "],["
                + lon + "," + (lat + size) + "],[" + lon + "," + lat + "]]]}");
    }
}
