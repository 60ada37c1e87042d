package vn.ntm.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The annual report as a workbook: one sheet per table, the status map as a picture. */
final class XlsxReport {

    private XlsxReport() {
    }

    static byte[] write(ReportData data, byte[] mapPng) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (ReportTables.Table table : ReportTables.of(data)) {
                sheet(book, table, bold, title(data));
            }
            Sheet map = book.createSheet("Bản đồ");
            map.createRow(0).createCell(0).setCellValue(title(data));
            int picture = book.addPicture(mapPng, Workbook.PICTURE_TYPE_PNG);
            var anchor = book.getCreationHelper().createClientAnchor();
            anchor.setCol1(0);
            anchor.setRow1(2);
            map.createDrawingPatriarch().createPicture(anchor, picture).resize();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String title(ReportData data) {
        return "Báo cáo kết quả xây dựng nông thôn mới " + data.period().label(data.year()) + " — " + data.provinceName()
                + (data.demo() ? " (dữ liệu minh họa)" : "");
    }

    private static void sheet(Workbook book, ReportTables.Table table, CellStyle bold, String title) {
        Sheet sheet = book.createSheet(table.title().length() > 31 ? table.title().substring(0, 31) : table.title());
        sheet.createRow(0).createCell(0).setCellValue(title);
        Row header = sheet.createRow(2);
        for (int c = 0; c < table.headers().size(); c++) {
            header.createCell(c).setCellValue(table.headers().get(c));
            header.getCell(c).setCellStyle(bold);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 3);
            List<String> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.setColumnWidth(c, (c == 1 ? 36 : 18) * 256);
        }
    }
}
