package vn.ntm.gis.crs;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a shapefile's .prj (ESRI or OGC WKT) far enough to handle the cases that matter here:
 * WGS84 degrees, and anything on the VN-2000 datum, which is replaced by the definition with the
 * official shift whether or not the file carries one. Other systems are left to GDAL (empty).
 */
public final class PrjReader {

    private static final Pattern VN2000 = Pattern.compile("VN[-_ ]?2000|VIETNAM[-_ ]?2000", Pattern.CASE_INSENSITIVE);
    private static final Pattern WGS84_DATUM = Pattern.compile("WGS[-_ ]?(19)?84", Pattern.CASE_INSENSITIVE);

    private PrjReader() {
    }

    public static Optional<CrsDefinition> read(String wkt) {
        boolean projected = wkt.matches("(?s)\\s*(PROJCS|PROJCRS)\\b.*");
        if (VN2000.matcher(wkt).find()) {
            return Optional.of(projected ? vn2000Projected(wkt) : Vn2000.geographic());
        }
        if (!projected && WGS84_DATUM.matcher(wkt).find()) {
            return Optional.of(Vn2000.WGS84);
        }
        return Optional.empty();
    }

    private static CrsDefinition vn2000Projected(String wkt) {
        double meridian = parameter(wkt, "central_meridian|longitude of natural origin", 105);
        double scale = parameter(wkt, "scale_factor|scale factor at natural origin", 0.9996);
        double falseEasting = parameter(wkt, "false_easting|false easting", 500000);
        if (Math.abs(scale - 0.9996) < 1e-9 && falseEasting == 500000 && (meridian == 105 || meridian == 111)) {
            return Vn2000.utm(meridian == 105 ? 48 : 49);
        }
        if (Math.abs(scale - 0.9999) < 1e-9 && falseEasting == 500000) {
            return Vn2000.tm3(meridian);
        }
        return new CrsDefinition("VN-2000/TM/" + meridian, "VN-2000 / transverse Mercator",
                Vn2000.transverseMercator(meridian, scale, falseEasting));
    }

    private static double parameter(String wkt, String names, double fallback) {
        Matcher m = Pattern.compile("PARAMETER\\[\"(" + names + ")\"\\s*,\\s*(-?[0-9.]+)", Pattern.CASE_INSENSITIVE)
                .matcher(wkt);
        return m.find() ? Double.parseDouble(m.group(2)) : fallback;
    }
}
