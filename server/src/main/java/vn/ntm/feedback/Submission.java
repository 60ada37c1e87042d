package vn.ntm.feedback;

import java.util.List;

import vn.ntm.common.InvalidParameterException;

/** A citizen's report as submitted, checked field by field. */
record Submission(String category, String description, double lon, double lat, String contact) {

    static final List<String> CATEGORIES = List.of("road_damage", "illegal_dump", "water_outage", "other");

    Submission {
        if (category == null || !CATEGORIES.contains(category)) {
            throw new InvalidParameterException("category", "must be one of " + String.join(", ", CATEGORIES));
        }
        description = description == null ? "" : description.strip();
        if (description.length() < 5 || description.length() > 2000) {
            throw new InvalidParameterException("description", "must be 5 to 2000 characters");
        }
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new InvalidParameterException("lon", "lon and lat must be a position in degrees");
        }
        contact = contact == null || contact.isBlank() ? null : contact.strip();
        if (contact != null && contact.length() > 200) {
            throw new InvalidParameterException("contact", "must be at most 200 characters");
        }
    }
}
