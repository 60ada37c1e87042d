package vn.ntm.imports;

import vn.ntm.gis.text.VietnameseEncoding;

/** The text encoding an import is read in, how it was found ({@code cpg}, {@code detected}, {@code format}, {@code override}), and the detector's confidence. */
record ResolvedEncoding(VietnameseEncoding encoding, String how, double confidence) {

    /**
     * The name ogr2ogr's shapefile ENCODING option takes. Legacy encodings are loaded byte for byte and
     * decoded after: GDAL's iconv knows neither TCVN3 nor VNI, and its CP1258 drops the last character of
     * text ending in a combining tone mark (GDAL 3.6).
     */
    String gdalName() {
        return decodedAfterLoading() ? "ISO-8859-1" : "UTF-8";
    }

    boolean decodedAfterLoading() {
        return encoding != VietnameseEncoding.UTF_8;
    }
}
