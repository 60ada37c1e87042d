package vn.ntm.infrastructure;

import java.time.OffsetDateTime;

/** One infrastructure feature with its place and the version a client must send back when editing. */
public record InfrastructureFeature(long id, String category, String subtype, String name, String condition,
        String status, String surface, Boolean hardened, Integer builtYear, String communeCode, String communeName, String villageCode, String villageName,
        String provinceCode, boolean demo, int version, OffsetDateTime updatedAt, String updatedBy, double lon,
        double lat) {

    /** The feature as the public map shows it: who last edited it is staff information. */
    InfrastructureFeature forPublic() {
        return new InfrastructureFeature(id, category, subtype, name, condition, status, surface, hardened, builtYear,
                communeCode, communeName, villageCode, villageName, provinceCode, demo, version, updatedAt, null, lon,
                lat);
    }
}
