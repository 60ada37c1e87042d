package vn.ntm.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** The annual report as a PDF: title, status map, chart of communes per level, and the tables. */
final class PdfReport {

    private PdfReport() {
    }

    static byte[] write(ReportData data, byte[] mapPng, byte[] chartPng) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4, 36, 36, 36, 36);
            PdfWriter.getInstance(document, out);
            BaseFont regular = font(ReportFonts.REGULAR);
            BaseFont boldFace = font(ReportFonts.BOLD);
            Font text = new Font(regular, 9);
            Font bold = new Font(boldFace, 9);
            Font heading = new Font(boldFace, 13);
            document.addTitle(XlsxReport.title(data));
            document.open();
            document.add(new Paragraph(XlsxReport.title(data), new Font(boldFace, 15)));
            document.add(new Paragraph("Lập lúc " + data.generatedAt().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))
                    + " bởi ntm-map", text));
            document.add(image(mapPng, 520));
            document.add(new Paragraph("Số xã theo mức đạt chuẩn qua các năm", heading));
            document.add(image(chartPng, 420));
            for (ReportTables.Table table : ReportTables.of(data)) {
                document.add(new Paragraph(table.title(), heading));
                document.add(table(table, text, bold));
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPTable table(ReportTables.Table table, Font text, Font bold) {
        PdfPTable pdf = new PdfPTable(table.headers().size());
        pdf.setWidthPercentage(100);
        float[] widths = table.widths();
        if (widths == null) {
            widths = new float[table.headers().size()];
            Arrays.fill(widths, 1.4f);
            widths[0] = table.headers().size() > 2 ? 1f : 3f;
            widths[1] = 3f;
        }
        pdf.setWidths(widths);
        pdf.setSpacingBefore(4);
        pdf.setSpacingAfter(10);
        pdf.setHeaderRows(1);
        table.headers().forEach(h -> pdf.addCell(new PdfPCell(new Phrase(h, bold))));
        table.rows().forEach(row -> row.forEach(cell -> pdf.addCell(new PdfPCell(new Phrase(cell, text)))));
        return pdf;
    }

    private static Image image(byte[] png, float width) throws IOException {
        Image image = Image.getInstance(png);
        image.scaleToFit(width, 1000);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    private static BaseFont font(String resource) throws IOException {
        return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                ReportFonts.bytes(resource), null);
    }
}
