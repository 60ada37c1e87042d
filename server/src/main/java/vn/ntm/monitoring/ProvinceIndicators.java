package vn.ntm.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.common.Sql;
import vn.ntm.status.StatusLevel;
import vn.ntm.status.StatusRepository;

/** The numbers a province is steered by, for any year, each with its denominator. */
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

    public record Summary(String province, int year, LevelCounts communes, LevelCounts villages, int criteriaTotal,
            Double averageCriteriaMet, Integer communesBelow15) {
    }

    private record UnitStatus(String status, int met) {
    }

    private final JdbcClient jdbc;
    private final StatusRepository statuses;

    ProvinceIndicators(JdbcClient jdbc, StatusRepository statuses) {
        this.jdbc = jdbc;
        this.statuses = statuses;
    }

    public Summary summary(String province, int year) {
        List<UnitStatus> communes = units(province, year, "commune");
        int total = jdbc.sql("SELECT criteria_total('commune', :year)").param("year", year).query(Integer.class).single();
        Double average = communes.isEmpty() || total == 0 ? null
                : Math.round(communes.stream().mapToInt(UnitStatus::met).average().orElse(0) * 100) / 100.0;
        Integer below = total == 19 ? (int) communes.stream().filter(c -> c.met() < LAGGING_BELOW).count() : null;
        return new Summary(province, year, counts(communes), counts(units(province, year, "village")), total, average,
                below);
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
                .query((rs, n) -> new UnitStatus(rs.getString("status"), rs.getInt("met"))).list();
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
