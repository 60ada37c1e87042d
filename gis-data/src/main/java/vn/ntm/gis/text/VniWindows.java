package vn.ntm.gis.text;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.Map;

/**
 * VNI-Windows (fonts such as VNI-Times): a base letter followed by one byte carrying its vowel
 * and tone marks ("Chieàng" is "Chiềng"); ơ, ư, đ and the i's with a tone are single bytes. The
 * bytes are Windows-1252 characters; marks become combining characters, then NFC composes them.
 */
final class VniWindows {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Mark bytes (as their Windows-1252 characters, lower and upper case) to combining marks. */
    private static final Map<Character, String> MARKS = Map.ofEntries(
            Map.entry('ù', "\u0301"), Map.entry('Ù', "\u0301"),
            Map.entry('ø', "\u0300"), Map.entry('Ø', "\u0300"),
            Map.entry('û', "\u0309"), Map.entry('Û', "\u0309"),
            Map.entry('õ', "\u0303"), Map.entry('Õ', "\u0303"),
            Map.entry('ï', "\u0323"), Map.entry('Ï', "\u0323"),
            Map.entry('â', "\u0302"), Map.entry('Â', "\u0302"),
            Map.entry('á', "\u0302\u0301"), Map.entry('Á', "\u0302\u0301"),
            Map.entry('à', "\u0302\u0300"), Map.entry('À', "\u0302\u0300"),
            Map.entry('å', "\u0302\u0309"), Map.entry('Å', "\u0302\u0309"),
            Map.entry('ã', "\u0302\u0303"), Map.entry('Ã', "\u0302\u0303"),
            Map.entry('ä', "\u0302\u0323"), Map.entry('Ä', "\u0302\u0323"),
            Map.entry('ê', "\u0306"), Map.entry('Ê', "\u0306"),
            Map.entry('é', "\u0306\u0301"), Map.entry('É', "\u0306\u0301"),
            Map.entry('è', "\u0306\u0300"), Map.entry('È', "\u0306\u0300"),
            Map.entry('ú', "\u0306\u0309"), Map.entry('Ú', "\u0306\u0309"),
            Map.entry('ü', "\u0306\u0303"), Map.entry('Ü', "\u0306\u0303"),
            Map.entry('ë', "\u0306\u0323"), Map.entry('Ë', "\u0306\u0323"),
            Map.entry('î', "\u0323"), Map.entry('Î', "\u0323"));

    /** Letters that are a single byte in VNI. */
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ô', "ơ"), Map.entry('Ô', "Ơ"), Map.entry('ö', "ư"), Map.entry('Ö', "Ư"),
            Map.entry('ñ', "đ"), Map.entry('Ñ', "Đ"),
            Map.entry('í', "í"), Map.entry('Í', "Í"), Map.entry('ì', "ì"), Map.entry('Ì', "Ì"),
            Map.entry('æ', "ỉ"), Map.entry('Æ', "Ỉ"), Map.entry('ó', "ĩ"), Map.entry('Ó', "Ĩ"),
            Map.entry('ò', "ị"), Map.entry('Ò', "Ị"));

    private static final String BASES = "aeiouyAEIOUYơưƠƯ";

    private VniWindows() {
    }

    static String decode(byte[] bytes) {
        String raw = new String(bytes, WINDOWS_1252);
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            String mark = MARKS.get(c);
            char previous = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
            if (mark != null && BASES.indexOf(previous) >= 0) {
                text.append(mark);
            } else {
                text.append(LETTERS.getOrDefault(c, String.valueOf(c)));
            }
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
