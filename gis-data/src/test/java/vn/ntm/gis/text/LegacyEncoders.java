package vn.ntm.gis.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.Map;

/**
 * Encoders written independently of the decoders under test: TCVN3 from the ABC byte list as
 * published, VNI by its composition rules, Windows-1258 through the JDK with tone marks split off.
 */
public final class LegacyEncoders {

    private static final String ABC_LETTERS = "ĂÂÊÔƠƯĐăâêôơưđ";
    private static final Map<Character, Integer> ABC_TONED = Map.ofEntries(
            Map.entry('à', 0xB5), Map.entry('ả', 0xB6), Map.entry('ã', 0xB7), Map.entry('á', 0xB8), Map.entry('ạ', 0xB9),
            Map.entry('ằ', 0xBB), Map.entry('ẳ', 0xBC), Map.entry('ẵ', 0xBD), Map.entry('ắ', 0xBE), Map.entry('ặ', 0xC6),
            Map.entry('ầ', 0xC7), Map.entry('ẩ', 0xC8), Map.entry('ẫ', 0xC9), Map.entry('ấ', 0xCA), Map.entry('ậ', 0xCB),
            Map.entry('è', 0xCC), Map.entry('ẻ', 0xCE), Map.entry('ẽ', 0xCF), Map.entry('é', 0xD0), Map.entry('ẹ', 0xD1),
            Map.entry('ề', 0xD2), Map.entry('ể', 0xD3), Map.entry('ễ', 0xD4), Map.entry('ế', 0xD5), Map.entry('ệ', 0xD6),
            Map.entry('ì', 0xD7), Map.entry('ỉ', 0xD8), Map.entry('ĩ', 0xDC), Map.entry('í', 0xDD), Map.entry('ị', 0xDE),
            Map.entry('ò', 0xDF), Map.entry('ỏ', 0xE1), Map.entry('õ', 0xE2), Map.entry('ó', 0xE3), Map.entry('ọ', 0xE4),
            Map.entry('ồ', 0xE5), Map.entry('ổ', 0xE6), Map.entry('ỗ', 0xE7), Map.entry('ố', 0xE8), Map.entry('ộ', 0xE9),
            Map.entry('ờ', 0xEA), Map.entry('ở', 0xEB), Map.entry('ỡ', 0xEC), Map.entry('ớ', 0xED), Map.entry('ợ', 0xEE),
            Map.entry('ù', 0xEF), Map.entry('ủ', 0xF1), Map.entry('ũ', 0xF2), Map.entry('ú', 0xF3), Map.entry('ụ', 0xF4),
            Map.entry('ừ', 0xF5), Map.entry('ử', 0xF6), Map.entry('ữ', 0xF7), Map.entry('ứ', 0xF8), Map.entry('ự', 0xF9),
            Map.entry('ỳ', 0xFA), Map.entry('ỷ', 0xFB), Map.entry('ỹ', 0xFC), Map.entry('ý', 0xFD), Map.entry('ỵ', 0xFE));

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    /** VNI tone bytes in the order of TONES: grave ø, acute ù, tilde õ, hook û, dot ï. */
    private static final String VNI_TONE = "øùõûï";
    private static final String VNI_CIRCUMFLEX_TONE = "àáãåä";
    private static final String VNI_BREVE_TONE = "èéüúë";
    private static final String VNI_I_TONE = "ìíóæò";

    private LegacyEncoders() {
    }

    public static byte[] tcvn3(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (ABC_LETTERS.indexOf(c) >= 0) {
                out.write(0xA1 + ABC_LETTERS.indexOf(c));
            } else {
                Integer code = ABC_TONED.get(Character.toLowerCase(c));
                if (code == null) {
                    throw new IllegalArgumentException("No TCVN3 code for " + c);
                }
                out.write(code);
            }
        }
        return out.toByteArray();
    }

    public static byte[] vni(String text) {
        StringBuilder vni = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            if (c == 'đ' || c == 'Đ') {
                vni.append(c == 'đ' ? 'ñ' : 'Ñ');
                continue;
            }
            String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = parts.charAt(0);
            boolean upper = Character.isUpperCase(base);
            int tone = parts.chars().map(TONES::indexOf).filter(i -> i >= 0).findFirst().orElse(-1);
            boolean circumflex = parts.indexOf('\u0302') > 0;
            boolean breve = parts.indexOf('\u0306') > 0;
            boolean horn = parts.indexOf('\u031B') > 0;
            String mark;
            if (Character.toLowerCase(base) == 'i' && tone >= 0) {
                vni.append(cased(VNI_I_TONE.charAt(tone), upper));
                continue;
            } else if (horn) {
                vni.append(cased(Character.toLowerCase(base) == 'o' ? 'ô' : 'ö', upper));
                mark = tone >= 0 ? String.valueOf(VNI_TONE.charAt(tone)) : "";
            } else if (circumflex) {
                vni.append(base);
                mark = String.valueOf(tone >= 0 ? VNI_CIRCUMFLEX_TONE.charAt(tone) : 'â');
            } else if (breve) {
                vni.append(base);
                mark = String.valueOf(tone >= 0 ? VNI_BREVE_TONE.charAt(tone) : 'ê');
            } else if (tone >= 0) {
                vni.append(base);
                mark = Character.toLowerCase(base) == 'y' && tone == 4 ? "î" : String.valueOf(VNI_TONE.charAt(tone));
            } else {
                vni.append(c);
                mark = "";
            }
            mark.chars().forEach(m -> vni.append(cased((char) m, upper)));
        }
        return vni.toString().getBytes(Charset.forName("windows-1252"));
    }

    /** Windows-1258 keeps â ê ô ơ ư ă đ precomposed and writes tones as combining marks. */
    public static byte[] windows1258(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String tone = parts.chars().filter(m -> TONES.indexOf(m) >= 0).collect(StringBuilder::new,
                    StringBuilder::appendCodePoint, StringBuilder::append).toString();
            String rest = parts.chars().filter(m -> TONES.indexOf(m) < 0).collect(StringBuilder::new,
                    StringBuilder::appendCodePoint, StringBuilder::append).toString();
            out.append(Normalizer.normalize(rest, Normalizer.Form.NFC)).append(tone);
        }
        return out.toString().getBytes(Charset.forName("windows-1258"));
    }

    private static char cased(char c, boolean upper) {
        return upper ? Character.toUpperCase(c) : c;
    }
}
