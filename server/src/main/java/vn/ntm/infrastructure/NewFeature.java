package vn.ntm.infrastructure;

import tools.jackson.databind.JsonNode;
import vn.ntm.common.InvalidParameterException;

/**
 * A feature added in the field: its category, name, condition (and a road's surface), and its geometry
 * (GeoJSON) with how it was placed: {@code positionSource} gps (with the phone's {@code accuracy} in
 * metres) or map.
 */
record NewFeature(String category, String name, String condition, String status, String surface,
        JsonNode geometry, String positionSource, Double accuracy) {

    static final int MAX_NAME = 200;

    NewFeature {
        if (category == null || category.isBlank()) {
            throw new InvalidParameterException("category", "is required");
        }
        if (name != null && name.length() > MAX_NAME) {
            throw new InvalidParameterException("name", "must be at most " + MAX_NAME + " characters");
        }
        if (name != null && name.indexOf('\0') >= 0) {
            throw new InvalidParameterException("name", "must not contain the NUL character (U+0000)");
        }
        name = name == null || name.isBlank() ? null : name.strip();
        ConditionUpdate.check("condition", condition, ConditionUpdate.CONDITIONS);
        ConditionUpdate.check("status", status, ConditionUpdate.STATUSES);
        ConditionUpdate.check("surface", surface, ConditionUpdate.SURFACES);
        if (surface != null && !"road".equals(category)) {
            throw new InvalidParameterException("surface", "applies to roads only");
        }
    }
}
