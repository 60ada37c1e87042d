package vn.ntm.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.common.Sql;

/** Reads criteria sets and a unit's results against them. */
@Repository
public class CriteriaRepository {

    private static final String CRITERIA_SET = Sql.load(CriteriaRepository.class, "criteria-set.sql");
    private static final String CRITERION_RESULTS = Sql.load(CriteriaRepository.class, "criterion-results.sql");
    private static final String INDICATOR_RESULTS = Sql.load(CriteriaRepository.class, "indicator-results.sql");

    private record SetRef(int id, String code, String name, String nameEn) {
    }

    private final JdbcClient jdbc;

    CriteriaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The standard sheet of a unit for a year, empty when no criteria set applies to its level that year. */
    public Optional<CriteriaSheet> sheet(long unitId, String level, String provinceCode, int year) {
        return sheet(unitId, level, provinceCode, year, Tiers.STANDARD);
    }

    /** The sheet of a unit for a year against the set of a tier, empty when no set of that tier applies. */
    public Optional<CriteriaSheet> sheet(long unitId, String level, String provinceCode, int year, String tier) {
        return jdbc.sql(CRITERIA_SET).param("level", level).param("year", year).param("province", provinceCode)
                .param("tier", tier)
                .query((rs, n) -> new SetRef(rs.getInt("id"), rs.getString("code"), rs.getString("name_vi"),
                        rs.getString("name_en")))
                .optional()
                .map(set -> sheet(unitId, year, set));
    }

    private CriteriaSheet sheet(long unitId, int year, SetRef set) {
        Map<Integer, List<IndicatorResult>> indicators = new HashMap<>();
        jdbc.sql(INDICATOR_RESULTS).param("unit_id", unitId).param("year", year).param("set_id", set.id())
                .query(rs -> {
                    BigDecimal number = rs.getBigDecimal("value_numeric");
                    Object value = number != null ? number : rs.getObject("value_bool");
                    indicators.computeIfAbsent(rs.getInt("criterion_id"), k -> new ArrayList<>())
                            .add(new IndicatorResult(rs.getString("code"), rs.getString("name_vi"),
                                    rs.getString("name_en"), rs.getString("unit"), rs.getString("comparator"),
                                    value, (Boolean) rs.getObject("met"), rs.getBoolean("is_demo")));
                });
        List<CriterionResult> results = jdbc.sql(CRITERION_RESULTS).param("unit_id", unitId).param("year", year)
                .param("set_id", set.id())
                .query((rs, n) -> new CriterionResult(rs.getInt("number"), rs.getString("name_vi"),
                        rs.getString("name_en"), rs.getString("group_vi"), rs.getString("group_en"),
                        rs.getBoolean("is_key"), rs.getString("result"), rs.getString("evidence"),
                        rs.getBoolean("is_demo"), indicators.getOrDefault(rs.getInt("id"), List.of())))
                .list();
        int met = (int) results.stream().filter(r -> "met".equals(r.result())).count();
        int version = jdbc.sql("SELECT sheet_version(:unit_id, :year)")
                .param("unit_id", unitId).param("year", year).query(Integer.class).single();
        return new CriteriaSheet(set.code(), set.name(), set.nameEn(), year, met, results.size(), version, results);
    }
}
