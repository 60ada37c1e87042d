package vn.ntm.gis.ogr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The raw bytes of a dBase file's text fields, before any decoding, for guessing their encoding:
 * the header gives the record layout; character ('C') fields are read as they are stored.
 */
public final class DbfText {

    private DbfText() {
    }

    /** Up to {@code max} non-blank text values that are not plain ASCII (those tell nothing). */
    public static List<byte[]> nonAsciiValues(Path dbf, int max) throws IOException {
        try (InputStream in = Files.newInputStream(dbf)) {
            byte[] header = in.readNBytes(32);
            if (header.length < 32) {
                throw new IOException("The .dbf file is too short to be a dBase table");
            }
            int records = le32(header, 4);
            int headerLength = le16(header, 8);
            int recordLength = le16(header, 10);
            byte[] descriptors = in.readNBytes(Math.max(0, headerLength - 32));
            List<int[]> textFields = new ArrayList<>();
            int offset = 1;
            for (int d = 0; d + 32 <= descriptors.length && descriptors[d] != 0x0D; d += 32) {
                int length = descriptors[d + 16] & 0xff;
                if (descriptors[d + 11] == 'C') {
                    textFields.add(new int[] {offset, length});
                }
                offset += length;
            }
            List<byte[]> values = new ArrayList<>();
            for (int r = 0; r < records && values.size() < max; r++) {
                byte[] record = in.readNBytes(recordLength);
                if (record.length < recordLength) {
                    break;
                }
                for (int[] field : textFields) {
                    byte[] value = trim(Arrays.copyOfRange(record, field[0], Math.min(record.length, field[0] + field[1])));
                    if (hasHighByte(value) && values.size() < max) {
                        values.add(value);
                    }
                }
            }
            return values;
        }
    }

    private static byte[] trim(byte[] value) {
        int end = value.length;
        while (end > 0 && (value[end - 1] == ' ' || value[end - 1] == 0)) {
            end--;
        }
        return Arrays.copyOf(value, end);
    }

    private static boolean hasHighByte(byte[] value) {
        for (byte b : value) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int le32(byte[] b, int at) {
        return le16(b, at) | le16(b, at + 2) << 16;
    }
}
