package vn.ntm.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+2|'=1+2", "+x|'+x", "-x|'-x", "@SUM(A1)|'@SUM(A1)", "\\tx|'\\tx", "\\rx|'\\rx",
            "=cmd\\nx|'=cmd\\nx", "x\\n=cmd|x\\n'=cmd", "x\\r\\n@cmd\\n-y|x\\r\\n'@cmd\\n'-y", "- gạch đầu dòng|'- gạch đầu dòng",
            "a-b=c|a-b=c", "-5|-5", "+3.25|+3.25", "-1e3|-1e3", "-1+2|'-1+2", "Chiềng Sinh|Chiềng Sinh"})
    void textDefusesEveryLineThatStartsAFormulaAndReadsBackWhatItWrote(String raw, String defused) {
        String value = unescape(raw);

        assertThat(TableFile.text(value)).isEqualTo(unescape(defused));
        assertThat(TableFile.readBack(TableFile.text(value))).isEqualTo(value);
    }

    @Test
    void numbersAndBooleansAreNeverQuoted() {
        assertThat(TableFile.text(-5)).isEqualTo("-5");
        assertThat(TableFile.text(-0.5)).isEqualTo("-0.5");
        assertThat(TableFile.text(true)).isEqualTo("true");
        assertThat(TableFile.text(null)).isEmpty();
    }

    @Test
    void negativeNumbersStayNumericCellsInXlsx() throws Exception {
        List<List<Object>> rows = List.of(Arrays.asList(-12.5, "-12.5", "-x"));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(TableFile.xlsx(List.of("a", "b", "c"), rows)))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(-12.5);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("-12.5");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("'-x");
        }
    }

    private static String unescape(String text) {
        return text.replace("\\t", "\t").replace("\\r", "\r").replace("\\n", "\n");
    }
}
