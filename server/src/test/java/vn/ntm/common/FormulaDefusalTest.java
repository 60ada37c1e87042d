package vn.ntm.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.Multipart;
import vn.ntm.support.TestAccounts;

/** A hostile cell in every spreadsheet the server writes comes out defused, and the template reads it back. */
@IntegrationTest
class FormulaDefusalTest {

    /** A formula first, and a second line that would be one too in a program that splits lines. */
    static final String HOSTILE = "=cmd|' /C calc'!A0\n+HYPERLINK(\"http://x\")";
    static final String DEFUSED = "'=cmd|' /C calc'!A0\n'+HYPERLINK(\"http://x\")";
    static final String XLSX = TableFile.XLSX.toString();

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void exportsDefuseAHostileName() throws Exception {
        jdbc.sql("""
                INSERT INTO infrastructure (category, name, geom, commune_id, data_source, updated_by)
                SELECT 'road', :name, ST_MakeLine(ST_PointOnSurface(geom), ST_Translate(ST_PointOnSurface(geom), 0.001, 0)),
                       id, 'test', 'defusal-test'
                FROM admin_unit WHERE code = '03688' AND valid_to IS NULL""").param("name", HOSTILE).update();
        try {
            List<String> csv = csvCells(api.get("/api/exports/infrastructure?province=14&format=csv").bytes());
            List<String> xlsx = xlsxCells(api.get("/api/exports/infrastructure?province=14&format=xlsx").bytes());

            assertThat(csv).contains(DEFUSED).doesNotContain(HOSTILE);
            assertThat(xlsx).contains(DEFUSED).doesNotContain(HOSTILE);
        } finally {
            jdbc.sql("DELETE FROM infrastructure WHERE updated_by = 'defusal-test'").update();
        }
    }

    @Test
    void theTemplateDefusesHostileEvidenceAndReadsItBackAsWritten() throws Exception {
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of());
        String commune = jdbc.sql("""
                SELECT code FROM admin_unit WHERE level = 'commune' AND kind = 'xa' AND province_code = '14'
                  AND valid_to IS NULL ORDER BY code OFFSET 3 LIMIT 1""").query(String.class).single();
        assertThat(jdbc.sql("""
                UPDATE criterion_result SET evidence = :evidence
                WHERE year = 2025 AND unit_id = (SELECT id FROM admin_unit WHERE code = :c AND valid_to IS NULL)
                  AND criterion_id = (SELECT min(criterion_id) FROM criterion_result r JOIN admin_unit u ON u.id = r.unit_id
                                      WHERE u.code = :c AND u.valid_to IS NULL AND r.year = 2025)""")
                .param("evidence", HOSTILE).param("c", commune).update()).isEqualTo(1);

        byte[] xlsx = api.send("GET", "/api/criteria/template?province=14&year=2025", null, planner).bytes();
        assertThat(xlsxCells(xlsx)).contains(DEFUSED).doesNotContain(HOSTILE);
        assertThat(upload(onlyTheHostileRow(xlsx), "x.xlsx", XLSX, planner).status()).isEqualTo(200);
        assertThat(evidence(commune)).isEqualTo(HOSTILE);

        byte[] csv = api.send("GET", "/api/criteria/template?province=14&year=2025&format=csv", null, planner).bytes();
        assertThat(csvCells(csv)).contains(DEFUSED).doesNotContain(HOSTILE);
        Api.Response uploaded = upload(onlyTheHostileCsvRow(csv), "x.csv", "text/csv", planner);
        assertThat(uploaded.status()).as(new String(uploaded.bytes(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(evidence(commune)).isEqualTo(HOSTILE);
    }

    @Test
    void theXlsxReportDefusesAHostileCommuneName() throws Exception {
        String commune = jdbc.sql("""
                SELECT code FROM admin_unit WHERE level = 'commune' AND province_code = '14' AND valid_to IS NULL
                ORDER BY code LIMIT 1""").query(String.class).single();
        String name = jdbc.sql("SELECT full_name FROM admin_unit WHERE code = :c AND valid_to IS NULL")
                .param("c", commune).query(String.class).single();
        jdbc.sql("UPDATE admin_unit SET full_name = :n WHERE code = :c AND valid_to IS NULL")
                .param("n", HOSTILE).param("c", commune).update();
        try {
            Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of());
            JsonNode job = api.report("{\"province\": \"14\", \"year\": 2025, \"format\": \"xlsx\"}", planner);
            String id = job.get("id").asString();
            assertThat(job.get("status").asString()).isEqualTo("done");

            assertThat(xlsxCells(api.send("GET", "/api/reports/" + id + "/file", null, planner).bytes()))
                    .contains(DEFUSED).doesNotContain(HOSTILE);
        } finally {
            jdbc.sql("UPDATE admin_unit SET full_name = :n WHERE code = :c AND valid_to IS NULL")
                    .param("n", name).param("c", commune).update();
        }
    }

    private String evidence(String commune) {
        return jdbc.sql("""
                SELECT r.evidence FROM criterion_result r JOIN admin_unit u ON u.id = r.unit_id
                WHERE u.code = :c AND u.valid_to IS NULL AND r.year = 2025 AND r.evidence LIKE '%calc%'""")
                .param("c", commune).query(String.class).single();
    }

    private Api.Response upload(byte[] file, String name, String type, Map<String, String> planner) {
        return api.post("/api/criteria/import?year=2025", new Multipart().file("file", name, type, file), planner);
    }

    /** The downloaded workbook with only its header and the hostile row left. */
    private static byte[] onlyTheHostileRow(byte[] xlsx) throws Exception {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Nhập liệu");
            List<Row> others = new ArrayList<>();
            sheet.forEach(row -> {
                if (row.getRowNum() > 0 && !DEFUSED.equals(row.getCell(8).getStringCellValue())) {
                    others.add(row);
                }
            });
            others.forEach(sheet::removeRow);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] onlyTheHostileCsvRow(byte[] csv) throws Exception {
        List<CSVRecord> records = parse(csv);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(records.get(0).toList());
            printer.printRecord(records.stream().filter(r -> r.get(8).equals(DEFUSED)).findFirst().orElseThrow().toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> csvCells(byte[] csv) throws Exception {
        return parse(csv).stream().flatMap(r -> r.toList().stream()).toList();
    }

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(text.substring(1), CSVFormat.DEFAULT)) {
            return parser.getRecords();
        }
    }

    private static List<String> xlsxCells(byte[] xlsx) throws Exception {
        List<String> cells = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(cell.toString());
                    }
                }
            }
        }
        return cells;
    }
}
