package vn.ntm.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.common.Sql;
import vn.ntm.status.StatusLevel;
import vn.ntm.status.StatusRepository;

/**
 * The numbers a province is steered by, for any year, each with its denominator: the NTM-assessed
 * units (xã; see ntm_assessed) standing at the end of the year in the province as it then was, so
 * the years before the 2025 merger count the pre-merger communes of the province(s) it absorbed.
 * Averages and lagging counts are over the units with results that year, and null when none has any.
 */
@Component
public class ProvinceIndicators {

    /** Below this many criteria (of 19) a commune counts as lagging, in the provinces' reports. */
    static final int LAGGING_BELOW = 15;

    private static final String UNITS = Sql.load(ProvinceIndicators.class, "province-indicators.sql");
    private static final String CHECKS = Sql.load(ProvinceIndicators.class, "checks.sql");

    /** How many units stand at each level exactly, and at that level or above ({@code atLeast}). */
    public record LevelCounts(int total, Map<String, Integer> exactly, Map<String, Integer> atLeast,
            Map<String, Double> atLeastPercent) {
    }

    /**
     * {@code provinceCodes}: whose units are counted; {@code communesNotAssessed}: wards and other
     * units standing in the province but outside every NTM figure; {@code communesWithResults}: the
     * denominator of the average and of {@code communesBelow15}.
     */
    public record Summary(String province, int year, LevelCounts communes, LevelCounts villages, int criteriaTotal,
            Double averageCriteriaMet, Integer communesBelow15, List<String> provinceCodes, int communesNotAssessed,
            int communesWithResults) {
    }

    private record UnitStatus(boolean assessed, String status, Integer met) {
    }

    private final JdbcClient jdbc;
    private final StatusRepository statuses;

    ProvinceIndicators(JdbcClient jdbc, StatusRepository statuses) {
        this.jdbc = jdbc;
        this.statuses = statuses;
    }

    public Summary summary(String province, int year) {
        List<UnitStatus> all = units(province, year, "commune");
        List<UnitStatus> communes = all.stream().filter(UnitStatus::assessed).toList();
        List<Integer> met = communes.stream().map(UnitStatus::met).filter(m -> m != null).toList();
        int total = jdbc.sql("SELECT criteria_total('commune', :year)").param("year", year).query(Integer.class).single();
        Double average = met.isEmpty() || total == 0 ? null
                : Math.round(met.stream().mapToInt(Integer::intValue).average().orElseThrow() * 100) / 100.0;
        Integer below = total == 19 && !met.isEmpty() ? (int) met.stream().filter(m -> m < LAGGING_BELOW).count() : null;
        List<String> codes = jdbc.sql("SELECT unnest(province_codes(:p))").param("p", province).query(String.class)
                .list();
        return new Summary(province, year, counts(communes),
                counts(units(province, year, "village").stream().filter(UnitStatus::assessed).toList()), total,
                average, below, codes, all.size() - communes.size(), met.size());
    }

    public List<ConsistencyIssue> checks(String province, int year) {
        return jdbc.sql(CHECKS).param("province", province).param("year", year)
                .query((rs, n) -> new ConsistencyIssue(rs.getString("code"), rs.getString("full_name"),
                        rs.getString("status"), rs.getString("problem"), rs.getInt("total"), rs.getInt("failing"),
                        rs.getInt("assessed"), rs.getBoolean("key_failing"), rs.getString("failing_list")))
                .list();
    }

    private List<UnitStatus> units(String province, int year, String level) {
        return jdbc.sql(UNITS).param("province", province).param("year", year).param("level", level)
                .query((rs, n) -> new UnitStatus(rs.getBoolean("assessed"), rs.getString("status"),
                        rs.getObject("met", Integer.class))).list();
    }

    private LevelCounts counts(List<UnitStatus> units) {
        List<StatusLevel> levels = statuses.levels();
        Map<String, Integer> exactly = new LinkedHashMap<>();
        levels.forEach(l -> exactly.put(l.code(), (int) units.stream().filter(u -> u.status().equals(l.code())).count()));
        Map<String, Integer> atLeast = new LinkedHashMap<>();
        Map<String, Double> percent = new LinkedHashMap<>();
        for (int i = 1; i < levels.size(); i++) {
            int n = levels.subList(i, levels.size()).stream().mapToInt(l -> exactly.get(l.code())).sum();
            atLeast.put(levels.get(i).code(), n);
            percent.put(levels.get(i).code(), units.isEmpty() ? null : Math.round(n * 1000.0 / units.size()) / 10.0);
        }
        return new LevelCounts(units.size(), exactly, atLeast, percent);
    }
}
