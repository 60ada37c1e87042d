package vn.ntm.status;

import java.time.LocalDate;

/**
 * A recognition, re-acknowledgement, revocation or lapse of a level; {@code demo} marks a generated one;
 * {@code id} names it for withdrawal (DELETE /api/units/{code}/status-events/{id}).
 */
public record StatusEvent(long id, String event, String level, LocalDate date, String decisionNo, LocalDate decisionDate,
        String signer, String note, boolean demo) {
}
