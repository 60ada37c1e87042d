package vn.ntm.gis.crs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * VN-2000 and its projections, always with the official seven-parameter shift to WGS84 (EPSG:6960,
 * rotations in PROJ's sign convention), so a file that names VN-2000 without a shift still lands
 * where it belongs instead of 150–200 m away.
 */
public final class Vn2000 {

    public static final String TOWGS84 = "+towgs84=-191.90441429,-39.30318279,-111.45032835,"
            + "0.00928836,-0.01975479,0.00427372,0.252906278";

    public static final CrsDefinition WGS84 = new CrsDefinition("EPSG:4326", "WGS 84", "EPSG:4326");

    /** The provincial TM-3 zones that have EPSG codes: central meridian to code (checked against PROJ). */
    private static final Map<Double, Integer> TM3_EPSG = new LinkedHashMap<>();

    static {
        double[] meridians = {103, 104, 104.5, 104.75, 105.5, 105.75, 106, 106.25, 106.5, 107, 107.25, 107.5, 108.25,
                108.5};
        for (int i = 0; i < meridians.length; i++) {
            TM3_EPSG.put(meridians[i], 9205 + i);
        }
        TM3_EPSG.put(107.75, 5899);
    }

    private Vn2000() {
    }

    public static CrsDefinition geographic() {
        return new CrsDefinition("EPSG:4756", "VN-2000", "+proj=longlat +ellps=WGS84 " + TOWGS84 + " +no_defs");
    }

    /** VN-2000 / UTM zone 48N or 49N (EPSG:3405, 3406). */
    public static CrsDefinition utm(int zone) {
        return new CrsDefinition("EPSG:" + (zone == 48 ? 3405 : 3406), "VN-2000 / UTM " + zone + "N",
                "+proj=utm +zone=" + zone + " +ellps=WGS84 " + TOWGS84 + " +units=m +no_defs");
    }

    /** A provincial TM-3 zone (k0 0.9999, false easting 500 km) by its central meridian in degrees. */
    public static CrsDefinition tm3(double centralMeridian) {
        String id = Optional.ofNullable(TM3_EPSG.get(centralMeridian)).map(code -> "EPSG:" + code)
                .orElse("VN-2000/TM-3/" + centralMeridian);
        return new CrsDefinition(id, "VN-2000 / TM-3 " + degreesMinutes(centralMeridian),
                transverseMercator(centralMeridian, 0.9999, 500000));
    }

    /** Any VN-2000 transverse Mercator, for .prj files whose parameters match no standard zone. */
    static String transverseMercator(double centralMeridian, double scale, double falseEasting) {
        return "+proj=tmerc +lat_0=0 +lon_0=" + number(centralMeridian) + " +k=" + number(scale) + " +x_0="
                + number(falseEasting) + " +y_0=0 +ellps=WGS84 " + TOWGS84 + " +units=m +no_defs";
    }

    /** Every TM-3 zone with an EPSG code. */
    public static List<CrsDefinition> tm3Zones() {
        return TM3_EPSG.keySet().stream().map(Vn2000::tm3).toList();
    }

    private static String degreesMinutes(double degrees) {
        int whole = (int) degrees;
        return whole + "°" + String.format("%02d", Math.round((degrees - whole) * 60)) + "'";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
