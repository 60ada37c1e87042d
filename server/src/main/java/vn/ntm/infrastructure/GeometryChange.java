package vn.ntm.infrastructure;

import tools.jackson.databind.JsonNode;

/**
 * A feature moved (a point) or reshaped (a line): the new geometry (GeoJSON), how it was placed, and the
 * version the client edited, so that a change made meanwhile is not overwritten.
 */
record GeometryChange(JsonNode geometry, String positionSource, Double accuracy, Integer version) {

    GeometryChange {
        VersionRef.require(version);
    }
}
