package vn.ntm.reports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

import vn.ntm.monitoring.ConsistencyIssue;
import vn.ntm.monitoring.ProvinceIndicators;
import vn.ntm.monitoring.Targets;
import vn.ntm.status.StatusLevel;

/** Everything the annual province report shows, read once and rendered as XLSX or PDF. */
record ReportData(String provinceCode, String provinceName, int year, OffsetDateTime generatedAt,
        ProvinceIndicators.Summary summary, Map<Integer, ProvinceIndicators.Summary> history,
        List<CommuneRow> communes, List<Targets.TargetProgress> targets, List<ConsistencyIssue> checks,
        List<StatusLevel> levels, boolean demo) {

    /** A commune's line: its status and criteria in the year, and its outline in Web Mercator. */
    record CommuneRow(String code, String fullName, String status, int criteriaMet, int criteriaTotal,
            int poorInfrastructure, int unhardenedRoads, Geometry outline) {
    }

    StatusLevel level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }
}
