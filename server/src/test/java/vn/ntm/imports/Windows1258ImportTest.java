package vn.ntm.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.gis.text.LegacyEncoders;
import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

/**
 * A shapefile as Vietnamese Windows tools write it: Windows-1258 with tone marks as separate
 * combining bytes, no .cpg. Every character of every name and value arrives, column names included.
 */
@IntegrationTest
class Windows1258ImportTest {

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void roadsInDecomposedWindows1258KeepTheLastCharacterOfNamesAndValues() throws Exception {
        ImportFiles files = new ImportFiles(dir);
        Path zip = files.shapefileZip("duong", files.geojson("duong", List.of(
                road("Đường lên bản Pá", "Bê tông", "Tốt", "Ghi chú cuối cùng",
                        "[[103.965,21.305],[103.975,21.312]]"),
                road("Đường bản Nà Sản", "Đất", "Xuống cấp", "Sửa chữa năm 2025",
                        "[[103.975,21.312],[103.985,21.318]]"))), null, "ISO-8859-1", true);
        Map<String, String> surveyor = accounts.bearer(Role.SURVEYOR, "14", List.of());

        Api.Response response = api.post("/api/imports", ImportFiles.form(zip, "14", "road"), surveyor);

        assertThat(response.status()).as(new String(response.bytes(), StandardCharsets.UTF_8)).isEqualTo(201);
        JsonNode job = response.json();

        long id = job.get("id").asLong();
        JsonNode report = job.get("report");
        assertThat(report.get("encoding").get("encoding").asString()).isEqualTo("WINDOWS_1258");
        assertThat(report.get("blocking")).isEmpty();
        assertThat(report.get("mapping").get("name").asString()).isEqualTo("ten_duong");
        assertThat(report.get("samples").valueStream().map(s -> s.get("name").asString()))
                .containsExactly("Đường lên bản Pá", "Đường bản Nà Sản");
        assertThat(jdbc.sql("SELECT string_agg(\"ket_cau\" || '|' || \"tinh_trang\" || '|' || \"ghi_chú\", ';' ORDER BY fid) "
                + "FROM " + StagingLoader.table(id)).query(String.class).single())
                .isEqualTo("Bê tông|Tốt|Ghi chú cuối cùng;Đất|Xuống cấp|Sửa chữa năm 2025");

        assertThat(api.send("POST", "/api/imports/" + id + "/commit", null, surveyor).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT name || '|' || surface || '|' || condition FROM infrastructure "
                + "WHERE import_job_id = :id ORDER BY name").param("id", id).query(String.class).list())
                .containsExactly("Đường bản Nà Sản|earth|poor", "Đường lên bản Pá|concrete|good");
        api.send("DELETE", "/api/imports/" + id, null, surveyor);
    }

    /** A road whose attributes (and the name of the column GHI_CHÚ) are Windows-1258 bytes, seen as Latin-1 by ogr2ogr. */
    private static Map<String, Object> road(String name, String surface, String condition, String note, String line) {
        return Map.of("TEN_DUONG", cp1258(name), "KET_CAU", cp1258(surface), "TINH_TRANG", cp1258(condition),
                cp1258("GHI_CHÚ"), cp1258(note), "geometry", "{\"type\":\"LineString\",\"coordinates\":" + line + "}");
    }

    private static String cp1258(String text) {
        return new String(LegacyEncoders.windows1258(text), StandardCharsets.ISO_8859_1);
    }
}
