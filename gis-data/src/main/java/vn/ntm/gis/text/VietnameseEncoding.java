package vn.ntm.gis.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/** The encodings Vietnamese attribute text arrives in; each decodes to NFC Unicode. */
public enum VietnameseEncoding {
    UTF_8, WINDOWS_1258, TCVN3, VNI_WINDOWS;

    private static final Charset CP1258 = Charset.forName("windows-1258");

    /** The text, or empty when the bytes are not valid in this encoding (only UTF-8 can tell). */
    public Optional<String> decode(byte[] bytes) {
        return switch (this) {
            case UTF_8 -> strictUtf8(bytes).map(VietnameseText::nfc);
            case WINDOWS_1258 -> Optional.of(Normalizer.normalize(new String(bytes, CP1258), Normalizer.Form.NFC));
            case TCVN3 -> Optional.of(Tcvn3.decode(bytes));
            case VNI_WINDOWS -> Optional.of(VniWindows.decode(bytes));
        };
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The encoding a shapefile's .cpg names ("UTF-8", "65001", "1258", "CP1258", "ANSI 1258"), if it is one of these. */
    public static Optional<VietnameseEncoding> fromCpg(String cpg) {
        String name = cpg.strip().toUpperCase().replace("ANSI", "").replace("-", "").replace("_", "").strip();
        return switch (name) {
            case "UTF8", "65001" -> Optional.of(UTF_8);
            case "1258", "CP1258", "WINDOWS1258" -> Optional.of(WINDOWS_1258);
            case "TCVN3", "TCVN", "TCVN5712", "ABC" -> Optional.of(TCVN3);
            case "VNI", "VNIWINDOWS" -> Optional.of(VNI_WINDOWS);
            default -> Optional.empty();
        };
    }
}
