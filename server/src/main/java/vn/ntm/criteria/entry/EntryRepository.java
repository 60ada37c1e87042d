package vn.ntm.criteria.entry;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.common.Sql;
import vn.ntm.criteria.CriteriaRepository;

/** Reference data for checking entries, and the writes that record them. */
@Repository
class EntryRepository {

    private static final String UNITS = Sql.load(EntryRepository.class, "units.sql");
    /** The rule that picks a unit's set (a provincial one before the national one), shared with its sheet. */
    private static final String APPLYING_SET = Sql.load(CriteriaRepository.class, "criteria-set.sql");
    private static final String UPSERT_CRITERION = Sql.load(EntryRepository.class, "upsert-criterion.sql");
    private static final String UPSERT_INDICATOR = Sql.load(EntryRepository.class, "upsert-indicator.sql");
    private static final String SET_INDICATORS = Sql.load(EntryRepository.class, "set-indicators.sql");
    private static final String STORED_INDICATORS = Sql.load(EntryRepository.class, "stored-indicators.sql");
    private static final String CLEAR_SHEET = Sql.load(EntryRepository.class, "clear-sheet.sql");

    private final JdbcClient jdbc;

    EntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The set of a tier a unit of this level and province is assessed against in the year, chosen as its sheet is. */
    Optional<SetDefinition> set(String level, String provinceCode, int year, String tier) {
        return jdbc.sql(APPLYING_SET).param("level", level).param("province", provinceCode).param("year", year)
                .param("tier", tier)
                .query((rs, n) -> new SetDefinition(rs.getInt("id"), rs.getString("code"), new HashMap<>(),
                        new HashMap<>()))
                .optional().map(this::fill);
    }

    private SetDefinition fill(SetDefinition set) {
        jdbc.sql("SELECT id, number FROM criterion WHERE set_id = :set").param("set", set.setId())
                .query(rs -> {
                    set.criterionIds().put(rs.getInt("number"), rs.getInt("id"));
                });
        jdbc.sql(SET_INDICATORS).param("set", set.setId())
                .query(rs -> {
                    set.indicators().put(rs.getString("code"), new SetDefinition.IndicatorDefinition(rs.getInt("id"),
                            rs.getString("code"), rs.getInt("number"), rs.getString("value_type")));
                });
        return set;
    }

    Map<String, UnitSheet> units(List<String> codes, int year) {
        Map<String, UnitSheet> units = new HashMap<>();
        jdbc.sql(UNITS).param("codes", codes.toArray(String[]::new)).param("year", year)
                .query(rs -> {
                    units.put(rs.getString("code"), new UnitSheet(rs.getLong("id"), rs.getString("code"),
                            rs.getString("level"), rs.getString("full_name"), rs.getString("province_code"),
                            rs.getString("scope_province"),
                            rs.getString("commune_code"), rs.getInt("version"), rs.getBoolean("assessed")));
                });
        return units;
    }

    /** Whether the value meets the threshold that applies; empty when no threshold applies. */
    Optional<Boolean> thresholdMet(int indicatorId, long unitId, int year, BigDecimal number, Boolean bool) {
        return Optional.ofNullable(jdbc.sql("SELECT indicator_met(:indicator, :unit, :year, :number, :bool)")
                .param("indicator", indicatorId).param("unit", unitId).param("year", year).param("number", number)
                .param("bool", bool).query(Boolean.class).optional().orElse(null));
    }

    /** Stored indicator results of a commune-year: code to met. */
    Map<String, Boolean> storedIndicators(long unitId, int year) {
        Map<String, Boolean> met = new HashMap<>();
        jdbc.sql(STORED_INDICATORS).param("unit", unitId).param("year", year)
                .query(rs -> {
                    met.put(rs.getString("code"), rs.getBoolean("met"));
                });
        return met;
    }

    void saveCriterion(long unitId, int year, int criterionId, String result, String evidence, String actor,
            int version) {
        jdbc.sql(UPSERT_CRITERION).param("unit_id", unitId).param("year", year).param("criterion_id", criterionId)
                .param("result", result).param("evidence", evidence).param("actor", actor).param("version", version)
                .update();
    }

    void saveIndicator(long unitId, int year, int indicatorId, BigDecimal number, Boolean bool, boolean met,
            String evidence, String actor, int version) {
        jdbc.sql(UPSERT_INDICATOR).param("unit_id", unitId).param("year", year).param("indicator_id", indicatorId)
                .param("value_numeric", number).param("value_bool", bool).param("met", met)
                .param("evidence", evidence).param("actor", actor).param("version", version).update();
    }

    /** Locks a commune's sheet for the year so that two writers cannot both pass the version check. */
    /** Removes a unit's results and values of a year against a set. */
    void clear(long unitId, int year, int setId) {
        jdbc.sql(CLEAR_SHEET).param("unit", unitId).param("year", year).param("set", setId).update();
    }

    void lock(long unitId, int year) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", unitId * 10_000 + year).query().singleRow();
    }
}
