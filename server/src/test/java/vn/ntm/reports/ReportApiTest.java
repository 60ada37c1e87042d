package vn.ntm.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

@IntegrationTest
class ReportApiTest {

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePdfReportHasTheTitleTheMapAndTheFigures() throws Exception {
        Map<String, String> viewer = accounts.bearer(Role.VIEWER, null, List.of());

        byte[] pdf = make(viewer, "pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Báo cáo kết quả xây dựng nông thôn mới năm 2025", "Tỉnh Sơn La",
                    "Phường Chiềng Sinh", "Tổng số xã, phường",
                    "Đạt chuẩn NTM (trở lên) " + standardCommunes() + " (");
            assertThat(document.getPage(0).getResources().getXObjectNames()).isNotEmpty();
        }
    }

    @Test
    void theXlsxReportHasASheetPerTableAndTheMap() throws Exception {
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of());

        byte[] xlsx = make(planner, "xlsx");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = book.getSheet("Tổng hợp năm 2025");
            // The province's figures count its 67 xã; its 8 phường are not NTM subjects (ntm_assessed).
            assertThat(value(summary, "Tổng số xã, phường")).isEqualTo("67");
            assertThat(value(summary, "Đạt chuẩn NTM (trở lên)")).startsWith(standardCommunes() + " (");
            assertThat(book.getSheet("Kết quả theo xã").getLastRowNum()).isEqualTo(2 + 75);
            assertThat(book.getAllPictures()).hasSize(1);
        }
    }

    @Test
    void progressIsVisibleOnlyToItsOwnerAndBadRequestsAreProblems() {
        Map<String, String> owner = accounts.bearer(Role.VIEWER, null, List.of());
        Map<String, String> other = accounts.bearer(Role.VIEWER, null, List.of());
        String id = api.send("POST", "/api/reports", "{\"province\": \"12\", \"year\": 2025, \"format\": \"pdf\"}",
                owner).json().get("id").asString();

        assertThat(api.send("GET", "/api/reports/" + id, null, owner).status()).isEqualTo(200);
        assertThat(api.send("GET", "/api/reports/" + id, null, other).status()).isEqualTo(404);
        assertThat(api.get("/api/reports/" + id).status()).isEqualTo(401);
        assertThat(api.send("POST", "/api/reports", "{\"province\": \"12\", \"format\": \"docx\"}", owner).status())
                .isEqualTo(400);
        assertThat(api.send("POST", "/api/reports", "{\"province\": \"1x\"}", owner).status()).isEqualTo(400);
    }

    private byte[] make(Map<String, String> user, String format) throws InterruptedException {
        Api.Response started = api.send("POST", "/api/reports",
                "{\"province\": \"14\", \"year\": 2025, \"format\": \"" + format + "\"}", user);
        assertThat(started.status()).isEqualTo(202);
        String id = started.json().get("id").asString();
        JsonNode job = started.json();
        for (int i = 0; i < 600 && !job.get("status").asString().matches("done|failed"); i++) {
            Thread.sleep(100);
            job = api.send("GET", "/api/reports/" + id, null, user).json();
            assertThat(job.get("progress").asInt()).isBetween(0, 100);
        }
        assertThat(job.get("status").asString()).isEqualTo("done");
        return api.send("GET", "/api/reports/" + id + "/file", null, user).bytes();
    }

    private int standardCommunes() {
        return jdbc.sql("""
                SELECT count(*) FROM admin_unit WHERE level = 'commune' AND province_code = '14' AND valid_to IS NULL
                  AND status_at(id, DATE '2025-12-31') <> 'none'""").query(Integer.class).single();
    }

    private static String value(Sheet sheet, String label) {
        DataFormatter formatter = new DataFormatter();
        for (Row row : sheet) {
            if (row.getCell(0) != null && formatter.formatCellValue(row.getCell(0)).equals(label)) {
                return formatter.formatCellValue(row.getCell(1));
            }
        }
        throw new AssertionError("No row " + label);
    }
}
