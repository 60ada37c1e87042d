package vn.ntm.status;

import java.util.Map;

/** Units of a level per status at the end of a year. */
public record StatusSummary(int year, String level, String province, int total, Map<String, Integer> counts) {
}
