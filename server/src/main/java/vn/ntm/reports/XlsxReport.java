package vn.ntm.reports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.ntm.common.TableFile;

/** The annual report as a workbook: one sheet per table, the status map as a picture. */
final class XlsxReport {

    private XlsxReport() {
    }

    static byte[] write(ReportData data, byte[] mapPng) {
        return TableFile.workbook(book -> {
            CellStyle bold = TableFile.headerStyle(book);
            for (ReportTables.Table table : ReportTables.of(data)) {
                sheet(book, table, bold, title(data));
            }
            Sheet map = book.createSheet("Bản đồ");
            TableFile.cell(map.createRow(0), 0, title(data));
            int picture = book.addPicture(mapPng, Workbook.PICTURE_TYPE_PNG);
            var anchor = book.getCreationHelper().createClientAnchor();
            anchor.setCol1(0);
            anchor.setRow1(2);
            map.createDrawingPatriarch().createPicture(anchor, picture).resize();
        });
    }

    static String title(ReportData data) {
        return "Báo cáo kết quả xây dựng nông thôn mới " + data.period().label(data.year()) + " — " + data.provinceName()
                + (data.demo() ? " (dữ liệu minh họa)" : "");
    }

    private static void sheet(Workbook book, ReportTables.Table table, CellStyle bold, String title) {
        Sheet sheet = book.createSheet(table.title().length() > 31 ? table.title().substring(0, 31) : table.title());
        TableFile.cell(sheet.createRow(0), 0, title);
        TableFile.table(sheet, 2, table.headers(), table.rows(), bold);
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.setColumnWidth(c, (c == 1 ? 36 : 18) * 256);
        }
    }
}
