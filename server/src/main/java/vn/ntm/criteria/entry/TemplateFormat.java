package vn.ntm.criteria.entry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.ntm.common.RowError;
import vn.ntm.common.TableFile;
import vn.ntm.common.RowsRejectedException;

/** Writes the template as XLSX or CSV (with {@link TableFile}), and reads a filled-in one back, whichever it is. */
final class TemplateFormat {

    static final String SHEET = "Nhập liệu";
    static final int MAX_ROWS = 50_000;

    private TemplateFormat() {
    }

    static byte[] xlsx(List<TemplateRow> rows, String title) {
        return TableFile.workbook(book -> {
            Sheet sheet = book.createSheet(SHEET);
            TableFile.table(sheet, 0, headers(), cells(rows), TableFile.headerStyle(book));
            sheet.createFreezePane(0, 1);
            Arrays.stream(TemplateColumn.values()).forEach(c -> sheet.setColumnWidth(c.ordinal(),
                    c == TemplateColumn.NAME || c == TemplateColumn.EVIDENCE ? 60 * 256 : 16 * 256));
            Sheet help = book.createSheet("Hướng dẫn");
            String[] lines = {title,
                    "Điền cột Kết quả (Đạt / Cơ bản đạt / Chưa đạt) cho tiêu chí, cột Giá trị cho chỉ tiêu.",
                    "Không sửa các cột Mã đơn vị, Loại, Mã, Phiên bản. Tải lên lại tệp này để lưu.",
                    "Nếu có lỗi, không dòng nào được lưu; danh sách lỗi ghi rõ dòng và cột."};
            for (int i = 0; i < lines.length; i++) {
                TableFile.cell(help.createRow(i), 0, lines[i]);
            }
        });
    }

    static byte[] csv(List<TemplateRow> rows) {
        return TableFile.csv(headers(), cells(rows));
    }

    private static List<String> headers() {
        return Arrays.stream(TemplateColumn.values()).map(TemplateColumn::header).toList();
    }

    private static List<List<String>> cells(List<TemplateRow> rows) {
        return rows.stream().map(TemplateRow::cells).toList();
    }

    /**
     * The data rows of an uploaded template, numbered as the spreadsheet numbers them (header is 1),
     * without the quotes the writer put before formula characters.
     */
    static List<NumberedRow> read(byte[] bytes) {
        List<List<String>> table = isZip(bytes) ? readXlsx(bytes) : readCsv(bytes);
        if (table.isEmpty() || !headerMatches(table.get(0))) {
            throw rejected("1", "The first row must be the template's headers: " + String.join(", ", headers()));
        }
        if (table.size() - 1 > MAX_ROWS) {
            throw rejected(String.valueOf(MAX_ROWS + 2), "The file has more than " + MAX_ROWS + " rows");
        }
        List<NumberedRow> rows = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            if (table.get(i).stream().anyMatch(c -> c != null && !c.isBlank())) {
                rows.add(new NumberedRow(i + 1,
                        new TemplateRow(table.get(i).stream().map(TableFile::readBack).toList())));
            }
        }
        return rows;
    }

    /** A template row and its row number in the file. */
    record NumberedRow(int number, TemplateRow row) {
    }

    private static boolean headerMatches(List<String> header) {
        TemplateColumn[] columns = TemplateColumn.values();
        if (header.size() < columns.length) {
            return false;
        }
        for (TemplateColumn column : columns) {
            String cell = header.get(column.ordinal());
            if (cell == null || !cell.strip().replace("\uFEFF", "").equalsIgnoreCase(column.header())) {
                return false;
            }
        }
        return true;
    }

    private static List<List<String>> readXlsx(byte[] bytes) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheet(SHEET) != null ? book.getSheet(SHEET) : book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS + 1); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < TemplateColumn.values().length; c++) {
                    cells.add(row == null || row.getCell(c) == null ? null : formatter.formatCellValue(row.getCell(c)));
                }
                table.add(cells);
            }
            return table;
        } catch (IOException | RuntimeException e) {
            throw rejected("-", "The file is neither a readable XLSX workbook nor a UTF-8 CSV file");
        }
    }

    private static List<List<String>> readCsv(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (CSVParser parser = CSVParser.builder().setFormat(CSVFormat.DEFAULT)
                .setReader(new InputStreamReader(new ByteArrayInputStream(bytes), decoder)).get()) {
            List<List<String>> table = new ArrayList<>();
            for (CSVRecord record : parser) {
                table.add(record.toList());
                if (table.size() > MAX_ROWS + 1) {
                    break;
                }
            }
            return table;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            boolean encoding = e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException;
            throw rejected("-", encoding ? "The CSV file is not UTF-8: save it as \"CSV UTF-8\""
                    : "The CSV file cannot be read: " + e.getMessage());
        }
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static RowsRejectedException rejected(String row, String message) {
        return new RowsRejectedException(List.of(new RowError(row, "-", message)));
    }
}
