package vn.ntm.infrastructure;

import java.util.List;

import vn.ntm.common.InvalidParameterException;

/** A field update of a feature's condition, status or road surface, against the version the client saw. */
record ConditionUpdate(String condition, String status, String surface, Integer version) {

    static final List<String> CONDITIONS = List.of("good", "fair", "poor", "unusable");
    static final List<String> STATUSES = List.of("existing", "under_construction", "planned", "decommissioned");
    static final List<String> SURFACES = List.of("asphalt", "concrete", "gravel", "earth");
    /** Surfaces that count as hardened (nhựa hóa, bê tông hóa, cứng hóa). */
    static final List<String> HARDENED = List.of("asphalt", "concrete", "gravel");

    ConditionUpdate {
        VersionRef.require(version);
        check("condition", condition, CONDITIONS);
        check("status", status, STATUSES);
        check("surface", surface, SURFACES);
    }

    static void check(String name, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new InvalidParameterException(name, "must be one of " + String.join(", ", allowed));
        }
    }
}
