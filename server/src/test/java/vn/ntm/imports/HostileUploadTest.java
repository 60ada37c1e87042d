package vn.ntm.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.gis.ogr.HostileFiles;
import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

/**
 * Uploads that are GDAL programs rather than data: documents that open other datasets (the
 * database, URLs, server files), layer names that read as options, and files that never finish.
 * Each is refused or harmless, and leaves the database as it was.
 */
@IntegrationTest
class HostileUploadTest {

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PgConnection database;

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
    void aVrtDisguisedAsGeoJsonKmlOrZippedJsonCannotReadOrChangeTheDatabase() throws Exception {
        String users = usersFingerprint();
        List<String> hashes = jdbc.sql("SELECT password_hash FROM app_user").query(String.class).list();
        String vrt = vrt(database.target().get(2), """
                <SrcSQL>WITH x AS (UPDATE app_user SET display_name = display_name || ' pwned' RETURNING username, \
                password_hash) SELECT username AS ten_thon, password_hash AS ma_thon, \
                ST_SetSRID(ST_MakePoint(103.97, 21.31), 4326) AS geom FROM x</SrcSQL>""");
        Path zipped = Files.createDirectories(dir.resolve("zipped"));
        Files.writeString(zipped.resolve("thon.json"), vrt);

        for (Path upload : List.of(Files.writeString(dir.resolve("thon.geojson"), vrt),
                Files.writeString(dir.resolve("thon.kml"), vrt), files.zip("thon.zip", zipped))) {
            Api.Response response = upload(upload);

            String body = new String(response.bytes(), StandardCharsets.UTF_8);
            assertThat(hashes).isNotEmpty().allSatisfy(hash -> assertThat(body).doesNotContain(hash));
            assertThat(body).as(upload.getFileName().toString()).doesNotContain("pwned");
            assertThat(response.status()).as(upload.getFileName().toString()).isEqualTo(400);
            assertThat(response.json().path("detail").asString()).as(upload.getFileName().toString())
                    .contains("not of the format its name says");
            assertThat(usersFingerprint()).as(upload.getFileName().toString()).isEqualTo(users);
        }
        assertNoStagingLeftAndNothingInPublic();
    }

    @Test
    void aVrtUploadedByAnAdministratorAsAProvinceCannotReadOrChangeTheDatabase() throws Exception {
        String units = jdbc.sql("SELECT md5(string_agg(u::text, '|' ORDER BY id)) FROM admin_unit u")
                .query(String.class).single();
        String vrt = vrt(database.target().get(2), """
                <SrcSQL>WITH x AS (DELETE FROM admin_unit WHERE level = 'village' RETURNING code) SELECT code AS ma_xa, \
                'Xã ' || code AS ten_xa, '99' AS ma_tinh, ST_SetSRID(ST_MakePoint(103.97, 21.31), 4326) AS geom FROM x</SrcSQL>""");

        Api.Response response = api.post("/api/imports", ImportFiles.form(
                Files.writeString(dir.resolve("tinh.geojson"), vrt), "99", "province"),
                accounts.bearer(Role.ADMIN, null, List.of()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("detail").asString()).contains("not of the format its name says");
        assertThat(jdbc.sql("SELECT md5(string_agg(u::text, '|' ORDER BY id)) FROM admin_unit u").query(String.class)
                .single()).isEqualTo(units);
        assertNoStagingLeftAndNothingInPublic();
    }

    @Test
    void aVrtOrAPrjPointingAtAUrlSendsNoRequest() throws Exception {
        try (var server = new HostileFiles.CountingServer("ten_thon,x,y\nBan SSRF,103.97,21.31\n")) {
            Path vrt = Files.writeString(dir.resolve("ssrf.geojson"), vrt("/vsicurl/" + server.url() + "/x.csv", ""));
            files.shapefileZip("ssrf_prj", files.geojson("ssrf_prj", List.of(
                    ImportFiles.polygon("Bản A", "03679-90", 103.96, 21.30, 0.01))), null, "UTF-8", false);
            Path folder = dir.resolve("ssrf_prj");
            Files.writeString(folder.resolve("ssrf_prj.prj"), server.url() + "/prj");

            assertThat(upload(vrt).status()).isEqualTo(400);
            discard(upload(files.zip("ssrf_prj2.zip", folder)));

            assertThat(server.requests()).isZero();
        }
    }

    @Test
    void aVrtReadingAServerFileLeaksNothing() throws Exception {
        Path vrt = Files.writeString(dir.resolve("services.kml"), """
                <OGRVRTDataSource><OGRVRTLayer name="thon"><SrcDataSource>CSV:/etc/services</SrcDataSource>
                <SrcLayer>services</SrcLayer><Field name="ten_thon" src="# Network services"/></OGRVRTLayer>
                </OGRVRTDataSource>""");

        Api.Response response = upload(vrt);

        assertThat(new String(response.bytes(), StandardCharsets.UTF_8)).doesNotContain("iana.org", "tcpmux", "/tcp");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detailVi").asString()).isNotBlank();
    }

    @Test
    void aLayerNamedLikeAnOptionIsNotTakenForOneAndTheImportCanBeDeleted() throws Exception {
        Path gpkg = HostileFiles.geoPackage(dir, "config");
        HostileFiles.sql(gpkg, "ALTER TABLE pts RENAME TO \"--config\"");
        List<String> publicTables = publicTables();

        Api.Response response = upload(gpkg);

        assertThat(publicTables()).isEqualTo(publicTables);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("--config");
        assertThat(response.json().get("detailVi").asString()).isNotBlank();
        long id = jdbc.sql("SELECT max(id) FROM import_job").query(Long.class).single();
        assertThat(api.send("DELETE", "/api/imports/" + id, null, surveyor).status()).isEqualTo(200);
        assertNoStagingLeftAndNothingInPublic();
    }

    @Test
    void aGeoPackageThatNeverFinishesReadingIsStoppedWithinSeconds() throws Exception {
        Path gpkg = HostileFiles.endlessGeoPackage(dir);
        long start = System.nanoTime();

        Api.Response response = upload(gpkg);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/too-slow");
        assertThat(response.json().get("detailVi").asString()).contains("giây");
        assertNoStagingLeftAndNothingInPublic();
    }

    private static String vrt(String source, String sql) {
        return """
                <OGRVRTDataSource><OGRVRTLayer name="thon"><SrcDataSource>%s</SrcDataSource>%s
                </OGRVRTLayer></OGRVRTDataSource>""".formatted(source, sql);
    }

    private String usersFingerprint() {
        return jdbc.sql("SELECT md5(string_agg(u::text, '|' ORDER BY id)) FROM app_user u").query(String.class).single();
    }

    private List<String> publicTables() {
        return jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")
                .query(String.class).list();
    }

    private void assertNoStagingLeftAndNothingInPublic() {
        assertThat(publicTables()).noneMatch(t -> t.startsWith("-") || t.startsWith("job_") || t.equals("thon"));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM information_schema.tables t JOIN import_job j ON t.table_name = 'job_' || j.id
                WHERE t.table_schema = 'import_staging' AND j.status <> 'analyzed'""").query(Long.class).single()).isZero();
    }

    private void discard(Api.Response response) {
        if (response.status() == 201) {
            api.send("DELETE", "/api/imports/" + response.json().get("id").asLong(), null, surveyor);
        }
    }

    private Api.Response upload(Path file) {
        return api.post("/api/imports", ImportFiles.form(file, "14", "villages"), surveyor);
    }
}
