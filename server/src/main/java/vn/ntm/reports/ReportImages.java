package vn.ntm.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;

import vn.ntm.monitoring.ProvinceIndicators;
import vn.ntm.status.StatusLevel;

/** The report's pictures, drawn with Java2D: the status map and the communes-per-level chart. */
final class ReportImages {

    private static final Color OUTLINE = new Color(90, 90, 90);
    private static final Color TEXT = new Color(30, 30, 30);

    private ReportImages() {
    }

    /** The province's communes that have a boundary, filled with their status colors, with a legend. */
    static byte[] statusMap(ReportData data, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        List<ReportData.CommuneRow> drawn = data.communes().stream().filter(c -> c.outline() != null).toList();
        Envelope extent = new Envelope();
        drawn.forEach(c -> extent.expandToInclude(c.outline().getEnvelopeInternal()));
        int legendHeight = 26;
        double scale = Math.min((width - 20) / extent.getWidth(), (height - 20 - legendHeight) / extent.getHeight());
        double offsetX = (width - extent.getWidth() * scale) / 2;
        double offsetY = (height - legendHeight - extent.getHeight() * scale) / 2;
        ShapeWriter shapes = new ShapeWriter((source, target) -> target.setLocation(
                offsetX + (source.x - extent.getMinX()) * scale,
                offsetY + (extent.getMaxY() - source.y) * scale));
        g.setStroke(new BasicStroke(0.7f));
        for (ReportData.CommuneRow commune : drawn) {
            var shape = shapes.toShape(commune.outline());
            g.setColor(Color.decode(data.level(commune.status()).color()));
            g.fill(shape);
            g.setColor(OUTLINE);
            g.draw(shape);
        }
        List<StatusLevel> shown = new ArrayList<>(data.levels().subList(0, 4));
        if (drawn.stream().anyMatch(c -> !c.assessed())) {
            shown.add(ReportData.NOT_ASSESSED);
        }
        legend(g, shown, 10, height - legendHeight + 4);
        g.dispose();
        return png(image);
    }

    /** Communes per level, one stacked bar per year. */
    static byte[] levelsByYear(ReportData data, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        Map<Integer, ProvinceIndicators.Summary> history = data.history();
        int max = history.values().stream().mapToInt(s -> s.communes().total()).max().orElse(1);
        int left = 50;
        int bottom = height - 50;
        int top = 20;
        int slot = (width - left - 20) / Math.max(1, history.size());
        g.setColor(TEXT);
        g.drawLine(left, top, left, bottom);
        g.drawLine(left, bottom, width - 10, bottom);
        g.drawString(String.valueOf(max), 8, top + 10);
        g.drawString("0", 30, bottom);
        int i = 0;
        for (Map.Entry<Integer, ProvinceIndicators.Summary> year : history.entrySet()) {
            int x = left + i * slot + slot / 4;
            int y = bottom;
            for (StatusLevel level : data.levels()) {
                int n = year.getValue().communes().exactly().getOrDefault(level.code(), 0);
                int h = (int) Math.round((double) n / max * (bottom - top));
                g.setColor(Color.decode(level.color()));
                g.fillRect(x, y - h, slot / 2, h);
                y -= h;
            }
            g.setColor(TEXT);
            g.drawString(String.valueOf(year.getKey()), x + slot / 4 - 15, bottom + 16);
            i++;
        }
        legend(g, data.levels().subList(0, 4), 10, height - 24);
        g.dispose();
        return png(image);
    }

    private static void legend(Graphics2D g, List<StatusLevel> levels, int x, int y) {
        int cursor = x;
        for (StatusLevel level : levels) {
            g.setColor(Color.decode(level.color()));
            g.fillRect(cursor, y + 2, 14, 14);
            g.setColor(OUTLINE);
            g.drawRect(cursor, y + 2, 14, 14);
            g.setColor(TEXT);
            g.drawString(level.nameVi(), cursor + 18, y + 14);
            cursor += 26 + g.getFontMetrics().stringWidth(level.nameVi());
        }
    }

    private static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setFont(ReportFonts.awt(ReportFonts.REGULAR, 12f));
        return g;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
