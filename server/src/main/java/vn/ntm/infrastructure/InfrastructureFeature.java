package vn.ntm.infrastructure;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One infrastructure feature with its place, its geometry (GeoJSON), how a field edit placed it (GPS
 * with its accuracy, or the map) and the version a client must send back when editing.
 */
public record InfrastructureFeature(long id, String category, String subtype, String name, String condition,
        String status, String surface, Boolean hardened, Integer builtYear, String communeCode, String communeName, String villageCode, String villageName,
        String provinceCode, boolean demo, int version, OffsetDateTime updatedAt, String updatedBy,
        String positionSource, Double positionAccuracy, @JsonRawValue String geometry, double lon, double lat) {

    /** The feature as the public map shows it: who last edited it is staff information. */
    InfrastructureFeature forPublic() {
        return new InfrastructureFeature(id, category, subtype, name, condition, status, surface, hardened, builtYear,
                communeCode, communeName, villageCode, villageName, provinceCode, demo, version, updatedAt, null,
                positionSource, positionAccuracy, geometry, lon, lat);
    }
}
