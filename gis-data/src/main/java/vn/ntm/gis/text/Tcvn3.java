package vn.ntm.gis.text;

import java.text.Normalizer;

/**
 * TCVN3 (TCVN 5712:1993, "ABC", fonts such as .VnTime): one byte per letter, ASCII below 0x80.
 * The bytes 0x80 to 0xFF decode as glibc's TCVN5712-1 does (VN1, a superset of the ABC layout:
 * it adds capitals with tone marks and five combining tone marks); the result is NFC.
 */
final class Tcvn3 {

    /** Unicode of the bytes 0x80 to 0xFF, generated from glibc iconv's TCVN5712-1. */
    private static final String HIGH = ""
            + "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ"
            + "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"
            + "\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ"
            + "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"
            + "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"
            + "éẹềểễếệìỉỄẾỒĩíịò"
            + "Ổỏõóọồổỗốộờởỡớợù"
            + "ỖủũúụừửữứựỳỷỹýỵỐ";

    private Tcvn3() {
    }

    static String decode(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int unsigned = b & 0xff;
            text.append(unsigned < 0x80 ? (char) unsigned : HIGH.charAt(unsigned - 0x80));
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
