package vn.ntm.feedback;

import java.time.OffsetDateTime;

/** A report as the public and its reporter see it: never the contact or the moderators' note. */
public record PublicFeedback(String reference, String category, String description, String status,
        String publicNote, OffsetDateTime createdAt, OffsetDateTime updatedAt, String communeCode,
        String communeName, String provinceCode, double lon, double lat) {
}
