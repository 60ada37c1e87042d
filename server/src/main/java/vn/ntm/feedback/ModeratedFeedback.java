package vn.ntm.feedback;

import java.time.OffsetDateTime;

/** A report as moderators see it, with the version to send back when moderating. */
public record ModeratedFeedback(long id, String reference, String category, String description, String status,
        String reporterContact, Long infrastructureId, String publicNote, String internalNote,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, String updatedBy, int version, String communeCode,
        String communeName, String provinceCode, double lon, double lat, boolean hasPhoto) {
}
