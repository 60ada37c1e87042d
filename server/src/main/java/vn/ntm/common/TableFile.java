package vn.ntm.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one spreadsheet writer: tables downloaded as CSV (UTF-8 with a byte-order mark, so the
 * diacritics open right) or XLSX, and the cells, header style and formula defusal every workbook the
 * server writes (exports, entry template, annual report) uses.
 */
public final class TableFile {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private TableFile() {
    }

    /** The table as a download named {@code name} plus the format's extension; format is csv or xlsx. */
    public static ResponseEntity<byte[]> download(String format, String name, List<String> headers,
            List<List<Object>> rows) {
        boolean csv = checkFormat(format).equals("csv");
        return attachment(csv ? csv(headers, rows) : xlsx(headers, rows), csv ? CSV : XLSX, name + "." + format);
    }

    /** Any file as a download named {@code filename}. */
    public static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** The format if it is csv or xlsx; check it before reading the rows. */
    public static String checkFormat(String format) {
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new InvalidParameterException("format", "must be csv or xlsx");
        }
        return format;
    }

    /** The table as CSV: UTF-8 with a byte-order mark (so the diacritics open right), every cell {@link #text}. */
    public static byte[] csv(List<String> headers, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            printer.printRecord(headers.stream().map(TableFile::text).toList());
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(TableFile::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The table as a one-sheet workbook, headers bold and frozen. */
    public static byte[] xlsx(List<String> headers, List<? extends List<?>> rows) {
        return workbook(book -> {
            Sheet sheet = book.createSheet("Dữ liệu");
            table(sheet, 0, headers, rows, headerStyle(book));
            sheet.createFreezePane(0, 1);
        });
    }

    /** A workbook filled by {@code content}, as bytes. */
    public static byte[] workbook(Consumer<Workbook> content) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bold, for header rows. */
    public static CellStyle headerStyle(Workbook book) {
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    /** Headers (in {@code headerStyle}) at row {@code first} of the sheet, the rows below them. */
    public static void table(Sheet sheet, int first, List<String> headers, List<? extends List<?>> rows,
            CellStyle headerStyle) {
        Row header = sheet.createRow(first);
        for (int c = 0; c < headers.size(); c++) {
            cell(header, c, headers.get(c)).setCellStyle(headerStyle);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(first + 1 + r);
            List<?> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                cell(row, c, values.get(c));
            }
        }
    }

    /** A cell: numbers and booleans as such, anything else as {@link #text}. */
    public static Cell cell(Row row, int column, Object value) {
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else {
            cell.setCellValue(text(value));
        }
        return cell;
    }

    /** A plain number as text ("-12.5", "+3", "1e3"): harmless, and kept as it is. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /** A line's first character that spreadsheets read as starting a formula (OWASP CSV injection). */
    private static final Pattern FORMULA_LINE = Pattern.compile("(^|[\\r\\n])(?=[=+\\-@\\t\\r])");

    /** The quote {@link #text} put before a formula character, at the start or after a line break. */
    private static final Pattern DEFUSING_QUOTE = Pattern.compile("(^|[\\r\\n])'(?=[=+\\-@\\t\\r])");

    /**
     * A value as spreadsheet text, empty for null. Text whose first line or any later line starts
     * with = + - @ tab or CR (as "=cmd", "x\n=cmd") gets a quote before that character, so no
     * spreadsheet runs it as a formula; a plain number ("-5") is left as it is.
     */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof Number || value instanceof Boolean || NUMBER.matcher(text).matches()) {
            return text;
        }
        return FORMULA_LINE.matcher(text).replaceAll("$1'");
    }

    /** Text read back from a file {@link #text} wrote: the quotes it added are taken off again. */
    public static String readBack(String text) {
        return text == null ? null : DEFUSING_QUOTE.matcher(text).replaceAll("$1");
    }
}
