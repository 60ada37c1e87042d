package vn.ntm.feedback;

import java.util.List;

import vn.ntm.common.InvalidParameterException;

/** A moderator's decision on a report, against the version they read. */
record Moderation(String status, Long infrastructureId, String publicNote, String internalNote, Integer version) {

    static final List<String> STATUSES = List.of("pending", "accepted", "resolved", "rejected");

    Moderation {
        if (status == null || !STATUSES.contains(status)) {
            throw new InvalidParameterException("status", "must be one of " + String.join(", ", STATUSES));
        }
        if (version == null) {
            throw new InvalidParameterException("version", "is required: send the version you read");
        }
        if (publicNote != null && publicNote.length() > 2000) {
            throw new InvalidParameterException("publicNote", "must be at most 2000 characters");
        }
        if (internalNote != null && internalNote.length() > 2000) {
            throw new InvalidParameterException("internalNote", "must be at most 2000 characters");
        }
    }
}
