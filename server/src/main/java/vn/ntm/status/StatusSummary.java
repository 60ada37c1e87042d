package vn.ntm.status;

import java.util.List;
import java.util.Map;

/**
 * NTM-assessed units of a level per status at the end of a year ({@code total} is their number), and
 * the units standing but not assessed (wards), which the map draws apart.
 */
public record StatusSummary(int year, String level, String province, int total, Map<String, Integer> counts,
        int notAssessed, List<String> notAssessedCodes) {
}
