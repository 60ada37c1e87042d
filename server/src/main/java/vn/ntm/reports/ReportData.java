package vn.ntm.reports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

import vn.ntm.monitoring.ConsistencyIssue;
import vn.ntm.monitoring.ProvinceIndicators;
import vn.ntm.monitoring.Targets;
import vn.ntm.status.StatusLevel;

/**
 * Everything the province report of a period shows, read once and rendered as XLSX or PDF; statuses
 * stand on the period's last day, criteria are the year's; {@code history} has every year with data.
 */
record ReportData(String provinceCode, String provinceName, int year, ReportPeriod period, OffsetDateTime generatedAt,
        ProvinceIndicators.Summary summary, Map<Integer, ProvinceIndicators.Summary> history,
        List<CommuneRow> communes, List<Targets.TargetProgress> targets, List<ConsistencyIssue> checks,
        List<StatusLevel> levels, Villages villages, boolean demo) {

    /** The villages standing on the period's last day and how many are recognised. */
    record Villages(int total, int recognised) {
    }

    /** Wards (phường) and special zones: on the map, but not NTM subjects (ntm_assessed). */
    static final StatusLevel NOT_ASSESSED = new StatusLevel("not_assessed", "Không đánh giá NTM (phường)",
            "Not assessed (ward)", "#e4e4e4");

    /**
     * A commune's line: its status and criteria in the year (null for a ward), and its outline in Web
     * Mercator (null for a pre-merger commune, whose boundary ntm-map does not have).
     */
    record CommuneRow(String code, String fullName, String status, Integer criteriaMet, int criteriaTotal,
            int poorInfrastructure, int unhardenedRoads, Geometry outline) {

        boolean assessed() {
            return !status.equals(NOT_ASSESSED.code());
        }
    }

    /** A level's place in the ordered levels ("none" is 0). */
    int rank(String code) {
        return levels.indexOf(level(code));
    }

    StatusLevel level(String code) {
        return code.equals(NOT_ASSESSED.code()) ? NOT_ASSESSED : levels.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }
}
