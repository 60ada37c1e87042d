package vn.ntm.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
import vn.ntm.status.StatusRepository;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.Oracle;
import vn.ntm.support.TestAccounts;

@IntegrationTest
class ReportApiTest {

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportDataLoader loader;

    @Autowired
    StatusRepository statuses;

    @Test
    void thePdfReportHasTheTitleTheMapAndTheFigures() throws Exception {
        Map<String, String> viewer = accounts.bearer(Role.VIEWER, null, List.of());

        byte[] pdf = make(viewer, "pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Báo cáo kết quả xây dựng nông thôn mới năm 2025", "Tỉnh Sơn La",
                    "Phường Chiềng Sinh", "Tổng số xã đánh giá NTM",
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
            assertThat(value(summary, "Tổng số xã đánh giá NTM")).isEqualTo("67");
            assertThat(value(summary, "Phường, đặc khu (không đánh giá NTM)")).isEqualTo("8");
            assertThat(value(summary, "Đạt chuẩn NTM (trở lên)")).startsWith(standardCommunes() + " (");
            assertThat(book.getSheet("Kết quả theo xã").getLastRowNum()).isEqualTo(2 + 75);
            assertThat(book.getAllPictures()).hasSize(1);
        }
    }

    @Test
    void aSixMonthlyReportStandsOnTheThirtiethOfJune() throws Exception {
        Map<String, String> viewer = accounts.bearer(Role.VIEWER, null, List.of());
        long commune = jdbc.sql("SELECT id FROM admin_unit WHERE level = 'commune' AND province_code = '14' "
                + "AND valid_to IS NULL AND status_at(id, DATE '2026-12-31') = 'none' ORDER BY code LIMIT 1")
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO status_event (unit_id, event, level, event_date, decision_no, created_by)
                VALUES (:id, 'recognized', 'standard', DATE '2026-09-01', '901/QĐ-UBND', 'test')""")
                .param("id", commune).update();
        try {
            int byJune = jdbc.sql("""
                    SELECT count(*) FROM admin_unit WHERE level = 'commune' AND province_code = '14' AND valid_to IS NULL
                      AND status_at(id, DATE '2026-06-30') <> 'none'""").query(Integer.class).single();

            String text = text(make(viewer, "pdf", 2026, "H1"));

            assertThat(text).contains("Báo cáo kết quả xây dựng nông thôn mới 6 tháng đầu năm 2026",
                    "Tổng hợp 6 tháng đầu năm 2026", "Đạt chuẩn NTM (trở lên) " + byJune + " (");
        } finally {
            jdbc.sql("DELETE FROM status_event WHERE decision_no = '901/QĐ-UBND'").update();
        }
        assertThat(api.send("POST", "/api/reports", "{\"province\": \"14\", \"period\": \"Q3\"}", viewer).status())
                .isEqualTo(400);
    }

    @Test
    void theReportNamesTargetsWithTheirBasisAndDecision() throws Exception {
        String text = text(make(accounts.bearer(Role.VIEWER, null, List.of()), "pdf"));

        assertThat(text).contains("Số xã đạt chuẩn NTM nâng cao", "Số bản đạt chuẩn NTM kiểu mẫu", "3–5",
                "trên 188 xã trước sắp xếp · NQ 22-", "(06/06/2022)", "Không so sánh được sau sắp xếp",
                "(đến 30/06/2025)", "Kiểm tra tính nhất quán");
        assertThat(text).doesNotContain("communes_advanced", "villages_model", "not_comparable");
    }

    @Test
    void theTrendHasEveryYearWithDataAndNoFindingsSayNone() {
        int first = jdbc.sql("SELECT min(extract(year FROM event_date))::int FROM status_event").query(Integer.class)
                .single();

        ReportData data = loader.load("14", 2025, ReportPeriod.YEAR);
        ReportData clean = new ReportData("14", "Tỉnh Sơn La", 2025, ReportPeriod.YEAR, data.generatedAt(),
                data.summary(), data.history(), data.communes(), data.targets(), List.of(), statuses.levels(),
                data.villages(), false);

        assertThat(first).isLessThan(2025);
        assertThat(data.history().keySet()).containsExactlyElementsOf(
                IntStream.rangeClosed(first, 2025).boxed().toList());
        assertThat(ReportTables.checks(clean).rows()).containsExactly(List.of("", "Không có", "", "", ""));
    }

    @Test
    void theNextDeadlineIsTheOneTheProvinceSet() {
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "15", List.of());
        LocalDate today = LocalDate.now();
        LocalDate sonLa = LocalDate.of(today.getYear(), 12, 15);

        JsonNode schedule = api.get("/api/provinces/14/reporting-deadlines").json();

        assertThat(schedule.get("next").get("due").asString())
                .isEqualTo((today.isAfter(sonLa) ? sonLa.plusYears(1) : sonLa).toString());
        assertThat(schedule.get("next").get("period").asString()).isEqualTo("year");
        assertThat(api.get("/api/provinces/15/reporting-deadlines").json().get("deadlines").size()).isEqualTo(2);
        assertThat(api.get("/api/provinces/15/reporting-deadlines").json().get("next").isNull()).isTrue();

        String path = "/api/provinces/15/reporting-deadlines/H1";
        assertThat(api.send("PUT", path, "{\"month\": 2, \"day\": 30, \"source\": \"x\"}", planner).status())
                .isEqualTo(400);
        assertThat(api.send("PUT", path, "{\"month\": 7, \"source\": \"x\"}", planner).status()).isEqualTo(400);
        assertThat(api.send("PUT", "/api/provinces/15/reporting-deadlines/Q3", "{\"source\": \"x\"}", planner)
                .status()).isEqualTo(400);
        String july = "{\"month\": 7, \"day\": 10, \"source\": \"Công văn 12/UBND\"}";
        assertThat(api.send("PUT", path, july, accounts.bearer(Role.VIEWER, null, List.of())).status()).isEqualTo(403);
        assertThat(api.send("PUT", path, july, accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of())).status())
                .isEqualTo(403);
        assertThat(api.send("PUT", path, july, planner).status()).isEqualTo(200);

        LocalDate h1 = LocalDate.of(today.getYear(), 7, 10);
        JsonNode next = api.get("/api/provinces/15/reporting-deadlines").json().get("next");
        assertThat(next.get("due").asString()).isEqualTo((today.isAfter(h1) ? h1.plusYears(1) : h1).toString());
        assertThat(next.get("period").asString()).isEqualTo("H1");
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
        for (String hostile : List.of("------------------------------------", "' OR 1=1 --", id.toUpperCase() + "x",
                "00000000-0000-0000-0000-000000000000")) {
            assertThat(api.send("GET", "/api/reports/" + Api.encode(hostile), null, owner).status()).as(hostile)
                    .isEqualTo(404);
            assertThat(api.send("GET", "/api/reports/" + Api.encode(hostile) + "/file", null, owner).status())
                    .as(hostile).isEqualTo(404);
        }
    }

    private byte[] make(Map<String, String> user, String format) throws InterruptedException {
        return make(user, format, 2025, "year");
    }

    private byte[] make(Map<String, String> user, String format, int year, String period) throws InterruptedException {
        Api.Response started = api.send("POST", "/api/reports", "{\"province\": \"14\", \"year\": " + year
                + ", \"period\": \"" + period + "\", \"format\": \"" + format + "\"}", user);
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
        return Oracle.standing(jdbc, "u.level = 'commune' AND u.province_code = '14'", LocalDate.of(2025, 12, 31));
    }

    private String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
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
