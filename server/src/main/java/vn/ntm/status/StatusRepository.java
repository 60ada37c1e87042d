package vn.ntm.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.common.Sql;
import vn.ntm.years.ReportingYears;

/** Reads status events and the levels derived from them. */
@Repository
public class StatusRepository {

    private static final String HISTORY = Sql.load(StatusRepository.class, "status-history.sql");
    private static final String EVENTS = Sql.load(StatusRepository.class, "status-events.sql");
    private static final String RECOGNITION = Sql.load(StatusRepository.class, "recognition.sql");
    private static final String SUMMARY = Sql.load(StatusRepository.class, "status-summary.sql");
    private static final String LEVELS = Sql.load(StatusRepository.class, "status-levels.sql");

    private static final String NOT_ASSESSED = "not_assessed";

    private final JdbcClient jdbc;

    StatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The status at the end of each year from the unit's first record to {@code lastYear}. */
    public List<YearStatus> history(long unitId, int lastYear) {
        return jdbc.sql(HISTORY).param("id", unitId).param("last_year", lastYear)
                .query(YearStatus.class).list();
    }

    public List<StatusEvent> events(long unitId) {
        return jdbc.sql(EVENTS).param("id", unitId).query(StatusEvent.class).list();
    }

    /** The decision behind the level held at the end of {@code year}, if any level is held. */
    public Optional<StatusEvent> recognition(long unitId, int year) {
        return jdbc.sql(RECOGNITION).param("id", unitId).param("as_of", ReportingYears.asOf(year))
                .query(StatusEvent.class).optional();
    }

    public String statusAt(long unitId, int year) {
        return statusAt(unitId, ReportingYears.asOf(year));
    }

    public String statusAt(long unitId, LocalDate date) {
        return jdbc.sql("SELECT status_at(:id, :as_of)").param("id", unitId).param("as_of", date)
                .query(String.class).single();
    }

    StatusSummary summary(int year, String level, String province) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> notAssessed = new ArrayList<>();
        jdbc.sql(SUMMARY).param("as_of", ReportingYears.asOf(year)).param("level", level)
                .param("province", province)
                .query(rs -> {
                    if (rs.getString("code").equals(NOT_ASSESSED)) {
                        String units = rs.getString("units");
                        notAssessed.addAll(units == null ? List.of() : List.of(units.split(",")));
                    } else {
                        counts.put(rs.getString("code"), rs.getInt("n"));
                    }
                });
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new StatusSummary(year, level, province, total, counts, notAssessed.size(), notAssessed);
    }

    public List<StatusLevel> levels() {
        return jdbc.sql(LEVELS).query(StatusLevel.class).list();
    }
}
