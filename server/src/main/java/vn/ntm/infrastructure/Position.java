package vn.ntm.infrastructure;

import java.util.List;

import vn.ntm.common.InvalidParameterException;

/**
 * How a geometry was placed: {@code gps} (the phone's position, with the accuracy in metres it reported)
 * or {@code map} (tapped or drawn on the map, no accuracy).
 */
record Position(String source, Float accuracy) {

    static final List<String> SOURCES = List.of("gps", "map");
    static final float MAX_ACCURACY = 10_000;

    static Position of(String source, Double accuracy) {
        String checked = source == null ? "map" : source;
        if (!SOURCES.contains(checked)) {
            throw new InvalidParameterException("positionSource", "must be gps or map");
        }
        if ("map".equals(checked) && accuracy != null) {
            throw new InvalidParameterException("accuracy", "applies to a GPS position only");
        }
        if (accuracy != null && !(accuracy >= 0 && accuracy <= MAX_ACCURACY)) {
            throw new InvalidParameterException("accuracy", "must be a number of metres from 0 to " + (int) MAX_ACCURACY);
        }
        return new Position(checked, accuracy == null ? null : accuracy.floatValue());
    }
}
