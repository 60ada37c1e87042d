package vn.ntm.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
 * A table downloaded for spreadsheets: CSV (UTF-8 with a byte-order mark, so the diacritics open
 * right) or XLSX. Text a spreadsheet would run as a formula (= + - @ first) is defused with a quote.
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

    public static byte[] csv(List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            printer.printRecord(headers);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(TableFile::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Dữ liệu");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof Boolean bool) {
                        row.createCell(c).setCellValue(bool);
                    } else {
                        row.createCell(c).setCellValue(cell(value));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as spreadsheet text: empty for null, a leading = + - @ defused so it is not run. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return value instanceof String && text.matches("^[=+\\-@].*") ? "'" + text : text;
    }
}
