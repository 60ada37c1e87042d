package vn.ntm.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** DejaVu Sans (bundled, with every Vietnamese glyph), for the report's images and PDF text. */
final class ReportFonts {

    static final String REGULAR = "fonts/DejaVuSans.ttf";
    static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    private ReportFonts() {
    }

    static byte[] bytes(String font) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(font)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled font " + font);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Font awt(String font, float size) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes(font))).deriveFont(size);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Bundled font " + font + " is unreadable", e);
        }
    }
}
