package vn.ntm.units;

import java.util.List;

/** A page of units for a year, with the total count of matches. */
public record UnitPage(int year, long total, List<UnitSummary> items) {
}
