package vn.ntm.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;

/** A province's units and infrastructure downloaded for spreadsheets, checked against the database. */
@IntegrationTest
class ExportApiTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void unitsAsXlsxHoldEveryUnitStandingWithItsStatus() throws Exception {
        Api.Response response = api.get("/api/exports/units?province=14&year=2025&format=xlsx");

        assertThat(response.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã");
            assertThat(sheet.getLastRowNum()).isEqualTo(jdbc.sql("""
                    SELECT count(*) FROM admin_unit WHERE province_code = '14' AND level IN ('commune', 'village')
                      AND valid_from <= DATE '2025-12-31' AND (valid_to IS NULL OR valid_to > DATE '2025-12-31')""")
                    .query(Integer.class).single());
            Row chiengSinh = null;
            int decisions = 0;
            for (Row row : sheet) {
                if (row.getCell(0).getStringCellValue().equals("03679")) {
                    chiengSinh = row;
                }
                // Every decision of the demo is generated: beside its number the row says so.
                if (row.getRowNum() > 0 && !row.getCell(8).getStringCellValue().isEmpty()) {
                    decisions++;
                    assertThat(row.getCell(9).getBooleanCellValue()).as(row.getCell(0).getStringCellValue()).isTrue();
                }
            }
            assertThat(decisions).isPositive();
            assertThat(chiengSinh).isNotNull();
            assertThat(chiengSinh.getCell(2).getStringCellValue()).isEqualTo("Phường Chiềng Sinh");
            assertThat(chiengSinh.getCell(5).getStringCellValue()).isEqualTo("not_assessed");
            assertThat(chiengSinh.getCell(7).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void aYearBeforeTheMergerHoldsTheUnitsOfTheProvincesAbsorbed() {
        String csv = new String(api.get("/api/exports/units?province=15&year=2024&format=csv").bytes(),
                java.nio.charset.StandardCharsets.UTF_8);

        // Old Lào Cai (10) and old Yên Bái (15) were merged into Lào Cai (15) on 1 July 2025.
        assertThat(csv.lines().count() - 1).isEqualTo(jdbc.sql("""
                SELECT count(*) FROM admin_unit WHERE province_code IN ('10', '15') AND level IN ('commune', 'village')
                  AND valid_from <= DATE '2024-12-31' AND (valid_to IS NULL OR valid_to > DATE '2024-12-31')""")
                .query(Long.class).single());
        assertThat(jdbc.sql("SELECT count(*) FROM admin_unit WHERE province_code = '10' AND level = 'commune'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void infrastructureAsCsvHoldsEveryFeatureWithItsLength() {
        Api.Response response = api.get("/api/exports/infrastructure?province=12&format=csv");
        String text = new String(response.bytes(), StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");

        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(lines[0]).startsWith("\uFEFFID,Loại,Phân loại,Tên");
        assertThat(lines.length - 1).isEqualTo(jdbc.sql("""
                SELECT count(*) FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE c.province_code = '12' AND i.status <> 'decommissioned'""").query(Integer.class).single());
        assertThat(text).contains("Giao thông,").contains(",Đang sử dụng,").doesNotContain(",existing,");
    }

    @ParameterizedTest
    @CsvSource({"/api/exports/units?province=14&format=pdf, 400", "/api/exports/units?province=abc, 400",
            "/api/exports/rivers?province=14, 404", "/api/exports/units?province=14&year=1900, 400"})
    void badRequestsAreRefused(String path, int status) {
        Api.Response response = api.get(path);

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
