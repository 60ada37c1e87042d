package vn.ntm.imports;

import vn.ntm.gis.text.VietnameseEncoding;

/** The text encoding an import is read in, how it was found ({@code cpg}, {@code detected}, {@code format}, {@code override}), and the detector's confidence. */
record ResolvedEncoding(VietnameseEncoding encoding, String how, double confidence) {

    /** The name ogr2ogr's shapefile ENCODING option takes; legacy encodings are loaded byte for byte and decoded after. */
    String gdalName() {
        return switch (encoding) {
            case UTF_8 -> "UTF-8";
            case WINDOWS_1258 -> "CP1258";
            case TCVN3, VNI_WINDOWS -> "ISO-8859-1";
        };
    }

    boolean decodedAfterLoading() {
        return encoding == VietnameseEncoding.TCVN3 || encoding == VietnameseEncoding.VNI_WINDOWS;
    }
}
