package vn.ntm.photos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Removes what a photo file tells about where, when and with what it was taken (EXIF with GPS and
 * camera, XMP, IPTC, comments, text chunks, embedded extra images, bytes after the image) without
 * re-encoding it: JPEG segments, PNG chunks and WebP chunks are copied whole or left out. What the
 * image needs to be shown as taken stays: the coded image, colour profile and colour data.
 */
final class PhotoMetadata {

    /** PNG chunks kept: the image and how its colours are meant (tEXt, zTXt, iTXt/XMP, eXIf, tIME go). */
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA",
            "iCCP", "sBIT", "sRGB", "bKGD", "pHYs");
    private static final int JPEG_COMMENT = 0xFE;
    private static final int JPEG_START_OF_SCAN = 0xDA;
    private static final int JPEG_END = 0xD9;
    private static final int WEBP_EXIF_AND_XMP_FLAGS = 0x08 | 0x04;

    private PhotoMetadata() {
    }

    /** The image of a JPEG, PNG or WebP file without its metadata; IllegalArgumentException if malformed. */
    static byte[] strip(String contentType, byte[] bytes) {
        return switch (contentType) {
            case "image/jpeg" -> jpeg(bytes);
            case "image/png" -> png(bytes);
            case "image/webp" -> webp(bytes);
            default -> throw new IllegalArgumentException("Unknown photo type " + contentType);
        };
    }

    private static byte[] jpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 2);
        int i = 2;
        while (true) {
            require(i + 1 < in.length && (in[i] & 0xff) == 0xFF);
            int marker = in[i + 1] & 0xff;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == JPEG_END) {
                out.write(in, i, 2);
                return out.toByteArray();
            }
            require(i + 3 < in.length);
            int end = i + 2 + (((in[i + 2] & 0xff) << 8) | (in[i + 3] & 0xff));
            require(end >= i + 4 && end <= in.length);
            if (keepJpegSegment(marker, in, i + 4, end)) {
                out.write(in, i, end - i);
            }
            i = end;
            if (marker == JPEG_START_OF_SCAN) {
                int scan = i;
                while (i + 1 < in.length && !isJpegMarker(in[i], in[i + 1])) {
                    i++;
                }
                out.write(in, scan, i - scan);
            }
        }
    }

    /** In coded image data 0xFF is followed by 0 (a stuffed byte) or a restart marker; anything else is a marker. */
    private static boolean isJpegMarker(byte first, byte second) {
        int next = second & 0xff;
        return (first & 0xff) == 0xFF && next != 0 && (next < 0xD0 || next > 0xD7);
    }

    /** Keeps APP0 (JFIF), APP2 colour profiles and APP14 (Adobe colour transform); drops comments and other APPn. */
    private static boolean keepJpegSegment(int marker, byte[] in, int from, int to) {
        if (marker == JPEG_COMMENT) {
            return false;
        }
        if (marker < 0xE0 || marker > 0xEF) {
            return true;
        }
        return marker == 0xE0 || marker == 0xEE || marker == 0xE2 && startsWith(in, from, to, "ICC_PROFILE\0");
    }

    private static byte[] png(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int i = 8;
        while (i + 12 <= in.length) {
            long length = ((long) (in[i] & 0xff) << 24) | ((in[i + 1] & 0xff) << 16) | ((in[i + 2] & 0xff) << 8)
                    | (in[i + 3] & 0xff);
            require(length <= in.length - i - 12);
            String type = new String(in, i + 4, 4, StandardCharsets.ISO_8859_1);
            int end = i + 12 + (int) length;
            if (PNG_KEPT.contains(type)) {
                out.write(in, i, end - i);
            }
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
            i = end;
        }
        throw malformed();
    }

    /** RIFF chunks: FourCC, little-endian size, data padded to an even length; VP8X flags say which are present. */
    private static byte[] webp(byte[] in) {
        long riffEnd = 8 + littleEndian(in, 4);
        require(riffEnd >= 12 && riffEnd <= in.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 12);
        int i = 12;
        while (i + 8 <= riffEnd) {
            String type = new String(in, i, 4, StandardCharsets.ISO_8859_1);
            long size = littleEndian(in, i + 4);
            require(i + 8 + size <= riffEnd);
            long end = Math.min(i + 8 + size + (size & 1), riffEnd);
            if (!type.equals("EXIF") && !type.equals("XMP ")) {
                out.write(in, i, (int) (end - i));
            }
            i = (int) end;
        }
        byte[] result = out.toByteArray();
        int riffSize = result.length - 8;
        for (int b = 0; b < 4; b++) {
            result[4 + b] = (byte) (riffSize >>> (8 * b));
        }
        if (result.length > 20 && startsWith(result, 12, result.length, "VP8X")) {
            result[20] &= (byte) ~WEBP_EXIF_AND_XMP_FLAGS;
        }
        return result;
    }

    private static long littleEndian(byte[] in, int at) {
        require(at + 4 <= in.length);
        return (in[at] & 0xffL) | (in[at + 1] & 0xffL) << 8 | (in[at + 2] & 0xffL) << 16 | (in[at + 3] & 0xffL) << 24;
    }

    private static boolean startsWith(byte[] in, int from, int to, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return to - from >= expected.length
                && Arrays.equals(in, from, from + expected.length, expected, 0, expected.length);
    }

    private static void require(boolean wellFormed) {
        if (!wellFormed) {
            throw malformed();
        }
    }

    private static IllegalArgumentException malformed() {
        return new IllegalArgumentException("The image file is malformed");
    }
}
