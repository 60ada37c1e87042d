package vn.ntm.units;

/**
 * Where a unit's predecessors stood at the end of a year before it was formed: of {@code assessed}
 * NTM-assessed predecessors (out of {@code predecessors}), how many held the standard level or above
 * and the advanced level or above ("2 of 3 standard").
 */
public record PredecessorYear(int year, int predecessors, int assessed, int standard, int advanced) {
}
