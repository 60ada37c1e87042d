package vn.ntm.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;
import vn.ntm.common.RefusedException;

/**
 * A field-edited geometry, read from GeoJSON and checked before it reaches the database: the type its
 * category takes (a point for a facility, a line for a road or canal), finite WGS 84 coordinates inside
 * Vietnam's extent, at most {@link #MAX_VERTICES} vertices, and a valid, simple shape (a line that
 * crosses itself is refused). Anything else is a 422 problem.
 */
final class FieldGeometry {

    static final int MAX_VERTICES = 5000;
    /** Categories drawn as lines; every other category is a point. */
    static final Set<String> LINE_CATEGORIES = Set.of("road", "irrigation");
    /** Vietnam's extent with its islands (lon 102.1–117.9, lat 8.1–23.4): a cheap first check. */
    static final Envelope VIETNAM = new Envelope(102.1, 117.9, 8.1, 23.4);
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final Set<String> WGS84_NAMES = Set.of("urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:EPSG::4326",
            "EPSG:4326");

    private FieldGeometry() {
    }

    /** The geometry the GeoJSON object describes, for a feature of this category; refused if unfit. */
    static Geometry read(JsonNode node, String category) {
        if (node == null || !node.isObject() || !node.path("type").isString()) {
            throw refused("must be a GeoJSON geometry object with a type",
                    "phải là một đối tượng hình học GeoJSON có thuộc tính type");
        }
        checkCrs(node.get("crs"));
        String type = node.get("type").asString();
        boolean line = LINE_CATEGORIES.contains(category);
        Geometry geometry = switch (type) {
            case "Point" -> line ? null : FACTORY.createPoint(position(node.get("coordinates")));
            case "LineString" -> line ? lineString(node.get("coordinates"), new int[1]) : null;
            case "MultiLineString" -> line ? multiLineString(node.get("coordinates")) : null;
            default -> null;
        };
        if (geometry == null) {
            throw refused("a " + category + " must be a " + (line ? "LineString or MultiLineString" : "Point")
                    + ", not " + type, (line ? "công trình dạng tuyến phải là đường (LineString)" : "công trình dạng điểm phải là điểm (Point)")
                    + ", không phải " + type);
        }
        if (!VIETNAM.covers(geometry.getEnvelopeInternal())) {
            throw refused("lies outside Vietnam", "nằm ngoài lãnh thổ Việt Nam");
        }
        if (!geometry.isValid() || !geometry.isSimple()) {
            throw refused("crosses itself or is otherwise not a valid shape", "tự cắt nhau hoặc không phải hình hợp lệ");
        }
        return geometry;
    }

    private static Geometry multiLineString(JsonNode coordinates) {
        List<LineString> lines = new ArrayList<>();
        int[] vertices = new int[1];
        for (JsonNode part : array(coordinates, 1)) {
            lines.add(lineString(part, vertices));
        }
        return FACTORY.createMultiLineString(lines.toArray(LineString[]::new));
    }

    /** A line of at least two distinct positions; {@code vertices} counts across the parts of a multi-line. */
    private static LineString lineString(JsonNode coordinates, int[] vertices) {
        JsonNode positions = array(coordinates, 2);
        vertices[0] += positions.size();
        if (vertices[0] > MAX_VERTICES) {
            throw refused("has more than " + MAX_VERTICES + " vertices", "có quá " + MAX_VERTICES + " đỉnh");
        }
        Coordinate[] points = new Coordinate[positions.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = position(positions.get(i));
        }
        LineString line = FACTORY.createLineString(points);
        if (line.getLength() == 0) {
            throw refused("is a line of zero length", "là đường có độ dài bằng 0");
        }
        return line;
    }

    private static Coordinate position(JsonNode node) {
        JsonNode position = array(node, 2);
        if (position.size() > 3 || !position.valueStream().allMatch(JsonNode::isNumber)) {
            throw refused("has a position that is not [longitude, latitude]", "có tọa độ không phải [kinh độ, vĩ độ]");
        }
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw refused("has a coordinate off the globe (WGS 84 longitude, latitude)",
                    "có tọa độ nằm ngoài trái đất (kinh độ, vĩ độ WGS 84)");
        }
        return new Coordinate(lon, lat);
    }

    private static JsonNode array(JsonNode node, int minSize) {
        if (node == null || !node.isArray() || node.size() < minSize) {
            throw refused("has coordinates that are missing or too few", "thiếu tọa độ hoặc quá ít tọa độ");
        }
        return node;
    }

    /** GeoJSON is WGS 84 longitude/latitude; an old-style crs member naming anything else is refused. */
    private static void checkCrs(JsonNode crs) {
        if (crs != null && !WGS84_NAMES.contains(crs.path("properties").path("name").asString(""))) {
            throw refused("must be in WGS 84 longitude/latitude (SRID 4326), without another crs",
                    "phải dùng hệ tọa độ WGS 84 (SRID 4326)");
        }
    }

    private static RefusedException refused(String english, String vietnamese) {
        return new RefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-geometry", "The geometry " + english,
                "Hình học " + vietnamese);
    }
}
