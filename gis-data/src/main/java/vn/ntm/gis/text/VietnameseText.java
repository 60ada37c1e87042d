package vn.ntm.gis.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text as stored (NFC) and as searched (without diacritics). */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("[\\u0300-\\u036f]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** Unicode NFC, the form names are stored in. */
    public static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * "Phường Chiềng Sinh" becomes "phuong chieng sinh": decomposed, combining marks dropped,
     * đ/Đ to d, lower case, white space collapsed. The database's {@code search_key()} does the same.
     */
    public static String searchKey(String text) {
        String bare = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String latin = bare.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return SPACES.matcher(latin).replaceAll(" ").strip();
    }
}
