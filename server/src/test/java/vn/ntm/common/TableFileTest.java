package vn.ntm.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableFileTest {

    static final List<String> HEADERS = List.of("Tên", "Số");
    static final List<List<Object>> ROWS = List.of(Arrays.asList("=HYPERLINK(\"x\")", 12.5),
            Arrays.asList("Chiềng, \"Sinh\"", null));

    @Test
    void csvQuotesDefusesFormulasAndStartsWithAByteOrderMark() {
        String text = new String(TableFile.csv(HEADERS, ROWS), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("\uFEFFTên,Số\r\n\"'=HYPERLINK(\"\"x\"\")\",12.5\r\n\"Chiềng, \"\"Sinh\"\"\",\r\n");
    }

    @Test
    void xlsxKeepsNumbersAsNumbers() throws Exception {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(TableFile.xlsx(HEADERS, ROWS)))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Chiềng, \"Sinh\"");
        }
    }
}
