package vn.ntm.units;

import java.time.LocalDate;

/** A unit this one was formed from, and the status it held just before. */
public record Predecessor(String code, String fullName, String share, String event, LocalDate effectiveDate,
        String status) {
}
