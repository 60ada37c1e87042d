package vn.ntm.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.gis.ogr.OgrCommand;
import vn.ntm.gis.text.LegacyEncoders;
import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

/** Surveyors' files, made here with ogr2ogr, imported as a surveyor would: check, commit, undo, or refusal. */
@IntegrationTest
class ImportApiTest {

    static final String UTM48_PRJ_WITHOUT_SHIFT = "PROJCS[\"VN_2000_UTM_zone_48N\",GEOGCS[\"GCS_VN_2000\","
            + "DATUM[\"D_Vietnam_2000\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],"
            + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",105.0],PARAMETER[\"Scale_Factor\",0.9996],"
            + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    ImportFiles files;
    Map<String, String> surveyor;

    @BeforeEach
    void setUp() {
        files = new ImportFiles(dir);
        surveyor = accounts.bearer(Role.SURVEYOR, "14", List.of());
    }

    @Test
    void aTm3ShapefileWithoutPrjInTcvn3LandsWithinAMetreWithItsNamesAndIsUndone() throws Exception {
        Path zip = files.shapefileZip("thon_tm3", files.geojson("thon", List.of(
                ImportFiles.polygon(latin1(LegacyEncoders.tcvn3("Bản Nà Sản")), "03679-81", 103.960, 21.300, 0.02),
                ImportFiles.polygon(latin1(LegacyEncoders.tcvn3("Bản Chiềng Lề")), "03679-82", 103.985, 21.300, 0.02))),
                ImportFiles.tm3(104), "ISO-8859-1", false);

        JsonNode job = upload(zip, "14", "villages").json();

        JsonNode report = job.get("report");
        assertThat(report.get("crs").get("id").asString()).isEqualTo("EPSG:9206");
        assertThat(report.get("crs").get("how").asString()).isEqualTo("inferred");
        assertThat(report.get("encoding").get("encoding").asString()).isEqualTo("TCVN3");
        assertThat(report.get("samples").valueStream().map(s -> s.get("name").asString()))
                .containsExactly("Bản Nà Sản", "Bản Chiềng Lề");
        assertThat(report.get("blocking")).isEmpty();

        long id = job.get("id").asLong();
        assertThat(api.send("POST", "/api/imports/" + id + "/commit", null, surveyor).status()).isEqualTo(200);
        assertThat(metresFrom("03679-81", 103.960, 21.300)).isLessThan(1.0);
        assertThat(jdbc.sql("SELECT full_name || '|' || (SELECT code FROM admin_unit p WHERE p.id = v.parent_id) "
                + "FROM admin_unit v WHERE code = '03679-82' AND valid_to IS NULL").query(String.class).single())
                .isEqualTo("Bản Chiềng Lề|03679");

        assertThat(api.send("DELETE", "/api/imports/" + id, null, surveyor).json().get("status").asString())
                .isEqualTo("undone");
        assertThat(count("admin_unit WHERE code IN ('03679-81', '03679-82')")).isZero();
    }

    @Test
    void aUtm48ShapefileWhosePrjNamesVn2000WithoutAShiftGetsTheOfficialShiftAndVniIsDecoded() throws Exception {
        Path zip = files.shapefileZip("utm", files.geojson("utm", List.of(
                ImportFiles.polygon(latin1(LegacyEncoders.vni("Bản Mường Lò")), "03679-83", 103.970, 21.310, 0.01))),
                "+proj=utm +zone=48 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,"
                        + "-0.01975479,0.00427372,0.252906278 +units=m +no_defs", "ISO-8859-1", true);
        Path folder = dir.resolve("utm");
        Files.writeString(folder.resolve("utm.prj"), UTM48_PRJ_WITHOUT_SHIFT);
        zip = files.zip("utm2.zip", folder);

        JsonNode job = upload(zip, "14", "villages").json();

        assertThat(job.get("report").get("crs").get("id").asString()).isEqualTo("EPSG:3405");
        assertThat(job.get("report").get("crs").get("how").asString()).isEqualTo("prj");
        assertThat(job.get("report").get("encoding").get("encoding").asString()).isEqualTo("VNI_WINDOWS");
        assertThat(job.get("report").get("samples").get(0).get("name").asString()).isEqualTo("Bản Mường Lò");
        api.send("POST", "/api/imports/" + job.get("id").asLong() + "/commit", null, surveyor);
        assertThat(metresFrom("03679-83", 103.970, 21.310)).isLessThan(1.0);
        api.send("DELETE", "/api/imports/" + job.get("id").asLong(), null, surveyor);
    }

    @Test
    void roadsFromGeoJsonGetTheirSurfaceAndCommuneAndAreUndone() throws Exception {
        Path geojson = Files.writeString(dir.resolve("roads.geojson"), """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"TEN_DUONG":"Đường bản Nà Sản","KET_CAU":"Đất","TINH_TRANG":"Xuống cấp"},
                  "geometry":{"type":"LineString","coordinates":[[103.965,21.305],[103.975,21.312]]}},
                 {"type":"Feature","properties":{"TEN_DUONG":"Đường trục xã","KET_CAU":"Bê tông","TINH_TRANG":"Tốt"},
                  "geometry":{"type":"LineString","coordinates":[[103.975,21.312],[103.985,21.318]]}}]}""");
        long before = count("infrastructure");

        JsonNode job = upload(geojson, "14", "road").json();
        long id = job.get("id").asLong();
        api.send("POST", "/api/imports/" + id + "/commit", null, surveyor);

        assertThat(count("infrastructure")).isEqualTo(before + 2);
        assertThat(jdbc.sql("""
                SELECT i.surface || '|' || i.hardened || '|' || i.condition || '|' || c.code
                FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE i.import_job_id = :id ORDER BY i.name""").param("id", id).query(String.class).list())
                .containsExactly("earth|false|poor|03679", "concrete|true|good|03679");
        api.send("DELETE", "/api/imports/" + id, null, surveyor);
        assertThat(count("infrastructure")).isEqualTo(before);
    }

    @Test
    void aGeoPackageInUtmLandsWithinAMetre() throws Exception {
        Path points = files.geojson("nuoc", List.of(Map.of("TEN", "Giếng nước bản Hẹo",
                "geometry", "{\"type\":\"Point\",\"coordinates\":[103.968,21.309]}")));
        Path gpkg = dir.resolve("nuoc.gpkg");
        OgrCommand.run(List.of("ogr2ogr", "-f", "GPKG", gpkg.toString(), points.toString(), "-s_srs", "EPSG:4326",
                "-t_srs", "EPSG:32648"), Duration.ofSeconds(60), Map.of());

        JsonNode job = upload(gpkg, "14", "water_supply").json();
        long id = job.get("id").asLong();
        assertThat(job.get("report").get("format").asString()).isEqualTo("geopackage");
        assertThat(job.get("report").get("crs").get("how").asString()).isEqualTo("declared");
        assertThat(job.get("report").get("crs").get("name").asString()).isEqualTo("WGS 84 / UTM zone 48N");
        api.send("POST", "/api/imports/" + id + "/commit", null, surveyor);

        assertThat(jdbc.sql("""
                SELECT i.name || '|' || c.code || '|' || round(ST_Distance(i.geom::geography,
                       ST_SetSRID(ST_MakePoint(103.968, 21.309), 4326)::geography))
                FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id WHERE i.import_job_id = :id""")
                .param("id", id).query(String.class).single()).isEqualTo("Giếng nước bản Hẹo|03679|0");
        api.send("DELETE", "/api/imports/" + id, null, surveyor);
    }

    @Test
    void ofAGeoPackageWithSeveralLayersTheOneThatFitsIsTakenAndAnotherCanBeChosen() throws Exception {
        Path schools = files.geojson("truong", List.of(Map.of("TEN", "Trường bản Hẹo",
                "geometry", "{\"type\":\"Point\",\"coordinates\":[103.968,21.309]}")));
        Path roads = files.geojson("duong", List.of(Map.of("TEN_DUONG", "Đường bản Hẹo",
                "geometry", "{\"type\":\"LineString\",\"coordinates\":[[103.965,21.305],[103.975,21.312]]}")));
        Path gpkg = dir.resolve("xa.gpkg");
        OgrCommand.run(List.of("ogr2ogr", "-f", "GPKG", gpkg.toString(), schools.toString(), "-nln", "truong"),
                Duration.ofSeconds(60), Map.of());
        OgrCommand.run(List.of("ogr2ogr", "-update", "-f", "GPKG", gpkg.toString(), roads.toString(), "-nln", "duong"),
                Duration.ofSeconds(60), Map.of());

        JsonNode report = upload(gpkg, "14", "road").json().get("report");
        assertThat(report.get("layers").valueStream().map(JsonNode::asString)).containsExactly("truong", "duong");
        assertThat(report.get("layer").asString()).isEqualTo("duong");
        assertThat(report.get("samples").get(0).get("name").asString()).isEqualTo("Đường bản Hẹo");
        long id = jdbc.sql("SELECT max(id) FROM import_job").query(Long.class).single();

        JsonNode other = api.send("PATCH", "/api/imports/" + id, "{\"layer\": \"truong\"}", surveyor).json();
        assertThat(other.get("report").get("layer").asString()).isEqualTo("truong");
        assertThat(other.get("report").get("blocking").valueStream().map(JsonNode::asString)).contains("wrong_type");
        JsonNode kept = api.send("PATCH", "/api/imports/" + id, "{\"encoding\": \"UTF_8\"}", surveyor).json();
        assertThat(kept.get("report").get("layer").asString()).isEqualTo("truong");
        for (String bad : List.of("{\"layer\": \"song\"}", "{\"crs\": \"EPSG:9999\"}", "{\"encoding\": \"KOI8\"}")) {
            Api.Response refused = api.send("PATCH", "/api/imports/" + id, bad, surveyor);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(bad).contains(refused.json().get("invalidParams").get(0).get("name").asString());
        }
        assertThat(api.send("PATCH", "/api/imports/" + id, "{\"mapping\": {\"name\": \"ten_song\"}}", surveyor)
                .json().get("type").asString()).isEqualTo("/problems/unknown-column");
        assertThat(api.send("GET", "/api/imports/" + id, null, surveyor).json().get("status").asString())
                .isEqualTo("analyzed");
    }

    @Test
    void aKmzVillageIsAddedToTheCommuneItLiesIn() throws Exception {
        Path kmz = dir.resolve("ban.kmz");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(kmz))) {
            out.putNextEntry(new ZipEntry("doc.kml"));
            out.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Bản Pá Khoang</name>
                    <Polygon><outerBoundaryIs><LinearRing><coordinates>103.960,21.300 103.970,21.300 103.970,21.310
                    103.960,21.310 103.960,21.300</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
                    </Document></kml>""".getBytes(StandardCharsets.UTF_8));
        }

        JsonNode job = upload(kmz, "14", "villages").json();
        long id = job.get("id").asLong();
        assertThat(job.get("report").get("format").asString()).isEqualTo("kml");
        assertThat(job.get("report").get("blocking")).isEmpty();
        api.send("POST", "/api/imports/" + id + "/commit", null, surveyor);

        assertThat(jdbc.sql("""
                SELECT v.full_name || '|' || c.code FROM admin_unit v JOIN admin_unit c ON c.id = v.parent_id
                WHERE v.import_job_id = :id""").param("id", id).query(String.class).single())
                .isEqualTo("Bản Pá Khoang|03679");
        api.send("DELETE", "/api/imports/" + id, null, surveyor);
        assertThat(jdbc.sql("SELECT count(*) FROM admin_unit WHERE import_job_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCommuneBoundaryIsReplacedAndUndoRestoresItExactly() throws Exception {
        String original = jdbc.sql("SELECT ST_AsEWKT(geom) FROM admin_unit WHERE code = '03664' AND valid_to IS NULL")
                .query(String.class).single();
        String shifted = jdbc.sql("SELECT ST_AsGeoJSON(ST_Translate(geom, 0.0005, 0)) FROM admin_unit "
                + "WHERE code = '03664' AND valid_to IS NULL").query(String.class).single();
        Path geojson = Files.writeString(dir.resolve("xa.geojson"), "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"MA_XA\":\"03664\"},\"geometry\":" + shifted + "}]}");
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of());

        long id = api.post("/api/imports", ImportFiles.form(geojson, "14", "communes"), planner).json().get("id").asLong();
        assertThat(api.send("POST", "/api/imports/" + id + "/commit", null, planner).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT ST_AsEWKT(geom) FROM admin_unit WHERE code = '03664' AND valid_to IS NULL")
                .query(String.class).single()).isNotEqualTo(original);

        api.send("DELETE", "/api/imports/" + id, null, planner);
        assertThat(jdbc.sql("SELECT ST_AsEWKT(geom) FROM admin_unit WHERE code = '03664' AND valid_to IS NULL")
                .query(String.class).single()).isEqualTo(original);
    }

    @Test
    void featuresOutsideTheProvinceOrOfTheWrongTypeBlockTheCommit() throws Exception {
        Path hanoi = files.geojson("hanoi", List.of(ImportFiles.polygon("Thôn Hà Nội", "99999-01", 105.80, 21.00, 0.01)));
        Path points = Files.writeString(dir.resolve("points.geojson"), "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"TEN_THON\":\"Bản X\"},\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[103.97,21.31]}}]}");
        long units = count("admin_unit");

        JsonNode outside = upload(hanoi, "14", "villages").json();
        JsonNode wrongType = upload(points, "14", "villages").json();

        assertThat(outside.get("report").get("blocking").valueStream().map(JsonNode::asString)).contains("outside_province");
        assertThat(wrongType.get("report").get("blocking").valueStream().map(JsonNode::asString)).contains("wrong_type");
        Api.Response refused = api.send("POST", "/api/imports/" + outside.get("id").asLong() + "/commit", null, surveyor);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detailVi").asString()).contains("outside_province");
        assertThat(count("admin_unit")).isEqualTo(units);
    }

    @Test
    void badFilesAreRefusedClearlyInBothLanguagesAndChangeNothing() throws Exception {
        long units = count("admin_unit");
        long features = count("infrastructure");
        long staged = count("information_schema.tables WHERE table_schema = 'import_staging'");
        Path good = files.shapefileZip("good", files.geojson("good", List.of(
                ImportFiles.polygon("Bản A", "03679-84", 103.96, 21.30, 0.01))), null, "UTF-8", true);

        Path corrupt = dir.resolve("corrupt");
        Files.createDirectories(corrupt);
        Files.copy(dir.resolve("good/good.dbf"), corrupt.resolve("corrupt.dbf"));
        Files.copy(dir.resolve("good/good.shx"), corrupt.resolve("corrupt.shx"));
        Files.write(corrupt.resolve("corrupt.shp"), new byte[] {0, 0, 39, 10, 1, 2, 3, 4, 5});
        Path missingShx = dir.resolve("noshx");
        Files.createDirectories(missingShx);
        Files.copy(dir.resolve("good/good.shp"), missingShx.resolve("noshx.shp"));
        Files.copy(dir.resolve("good/good.dbf"), missingShx.resolve("noshx.dbf"));

        assertRefused(files.zip("corrupt.zip", corrupt), "unreadable");
        assertRefused(files.zip("noshx.zip", missingShx), "missing-member");
        assertRefused(slip(), "unsafe-archive");
        assertRefused(bomb(), "unsafe-archive");
        assertRefused(Files.write(dir.resolve("junk.zip"), "not a zip at all".getBytes(StandardCharsets.UTF_8)),
                "unsafe-archive");
        assertRefused(Files.write(dir.resolve("data.txt"), "x".getBytes(StandardCharsets.UTF_8)), "no-dataset");
        assertThat(good).exists();
        assertThat(count("admin_unit")).isEqualTo(units);
        assertThat(count("infrastructure")).isEqualTo(features);
        assertThat(count("information_schema.tables WHERE table_schema = 'import_staging'")).isEqualTo(staged);
    }

    @Test
    void anOversizedUploadIsRefusedWithContentTooLarge() throws Exception {
        Path big = Files.write(dir.resolve("big.geojson"), new byte[4 * 1024 * 1024]);

        Api.Response response = upload(big, "14", "villages");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("detailVi").asString()).contains("MB");
    }

    @Test
    void kmlExternalEntitiesAreNotResolved() throws Exception {
        Path kml = Files.writeString(dir.resolve("xxe.kml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE kml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>&xxe;</name>
                <Polygon><outerBoundaryIs><LinearRing><coordinates>103.96,21.30 103.97,21.30 103.97,21.31 103.96,21.30
                </coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>""");

        Api.Response response = upload(kml, "14", "villages");

        assertThat(new String(response.bytes(), StandardCharsets.UTF_8)).doesNotContain("root:");
        if (response.status() == 201) {
            api.send("DELETE", "/api/imports/" + response.json().get("id").asLong(), null, surveyor);
        }
    }

    @Test
    void onlySurveyorsAndPlannersOfTheProvinceMayImport() throws Exception {
        Path geojson = files.geojson("perm", List.of(ImportFiles.polygon("Bản B", "03679-85", 103.96, 21.30, 0.01)));

        assertThat(api.post("/api/imports", ImportFiles.form(geojson, "14", "villages"),
                accounts.bearer(Role.SURVEYOR, "12", List.of())).status()).isEqualTo(403);
        assertThat(api.post("/api/imports", ImportFiles.form(geojson, "14", "villages"),
                accounts.bearer(Role.VIEWER, null, List.of())).status()).isEqualTo(403);
        assertThat(api.post("/api/imports", ImportFiles.form(geojson, "14", "villages"), Map.of()).status()).isEqualTo(401);
        assertThat(api.post("/api/imports", ImportFiles.form(geojson, "14", "rivers"), surveyor).status()).isEqualTo(400);
    }

    private Api.Response upload(Path file, String province, String target) {
        return api.post("/api/imports", ImportFiles.form(file, province, target), surveyor);
    }

    private void assertRefused(Path file, String problem) {
        Api.Response response = upload(file, "14", "villages");
        assertThat(response.status()).as(file.getFileName().toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/" + problem);
        assertThat(response.json().get("detailVi").asString()).isNotBlank();
    }

    private Path slip() throws Exception {
        Path zip = dir.resolve("slip.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("../../evil.shp"));
            out.write(1);
        }
        return zip;
    }

    private Path bomb() throws Exception {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("zeros.shp"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                out.write(zeros);
            }
        }
        return zip;
    }

    private double metresFrom(String code, double lon, double lat) {
        return jdbc.sql("""
                SELECT min(ST_Distance((d).geom::geography, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography))
                FROM (SELECT ST_DumpPoints(geom) AS d FROM admin_unit WHERE code = :code AND valid_to IS NULL) x""")
                .param("code", code).param("lon", lon).param("lat", lat).query(Double.class).single();
    }

    private long count(String tableAndWhere) {
        return jdbc.sql("SELECT count(*) FROM " + tableAndWhere).query(Long.class).single();
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
