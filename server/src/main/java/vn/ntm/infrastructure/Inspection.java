package vn.ntm.infrastructure;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A field inspection of a feature: when, what was noted, by whom, and whether a photo is attached. */
public record Inspection(long id, long infrastructureId, LocalDate inspectedOn, String note, boolean hasPhoto,
        OffsetDateTime createdAt, String createdBy) {
}
