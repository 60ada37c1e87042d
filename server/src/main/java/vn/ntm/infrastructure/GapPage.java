package vn.ntm.infrastructure;

import java.util.List;
import java.util.Map;

/** A page of gaps, the total matching, and counts per kind over the whole filter. */
public record GapPage(long total, Map<String, Long> counts, List<Gap> items) {
}
