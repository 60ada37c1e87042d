package vn.ntm.status;

import java.time.LocalDate;
import java.util.List;

import vn.ntm.common.InvalidParameterException;
import vn.ntm.criteria.Tiers;

/** A recognition, re-acknowledgement, revocation or lapse, as a planner records it from the decision. */
record NewStatusEvent(String event, String level, LocalDate eventDate, String decisionNo, LocalDate decisionDate,
        String signer, String note) {

    static final List<String> EVENTS = List.of("recognized", "re_acknowledged", "revoked", "lapsed_by_merger");

    NewStatusEvent {
        if (event == null || !EVENTS.contains(event)) {
            throw new InvalidParameterException("event", "must be one of " + String.join(", ", EVENTS));
        }
        if (level == null || !Tiers.ALL.contains(level)) {
            throw new InvalidParameterException("level", "must be one of " + String.join(", ", Tiers.ALL));
        }
        if (eventDate == null || eventDate.isAfter(LocalDate.now())) {
            throw new InvalidParameterException("eventDate", "must be a date, not in the future");
        }
        if (!event.equals("lapsed_by_merger") && (decisionNo == null || decisionNo.isBlank() || decisionNo.length() > 100)) {
            throw new InvalidParameterException("decisionNo", "the decision number (e.g. 1234/QĐ-UBND) is required");
        }
        if (decisionDate != null && decisionDate.isAfter(eventDate)) {
            throw new InvalidParameterException("decisionDate", "cannot be after the event date");
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidParameterException("note", "must be at most 2000 characters");
        }
    }

    boolean recognises() {
        return event.equals("recognized") || event.equals("re_acknowledged");
    }
}
