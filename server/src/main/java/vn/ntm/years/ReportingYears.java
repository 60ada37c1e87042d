package vn.ntm.years;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.Sql;

/** The years that have monitoring data, and the checks every {@code year} parameter goes through. */
@Component
public class ReportingYears {

    private static final String AVAILABLE_YEARS = Sql.load(ReportingYears.class, "available-years.sql");
    private static final String SHOWN_YEARS = Sql.load(ReportingYears.class, "shown-years.sql");

    static final int FIRST = 2010;
    static final int LAST = 2100;

    private final JdbcClient jdbc;

    ReportingYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest year with criteria results; the current year while there are none. */
    public int latest() {
        return jdbc.sql("SELECT coalesce(max(year), extract(year FROM current_date)::int) FROM criterion_result")
                .query(Integer.class).single();
    }

    /** Every year from the first with criteria results to the latest. */
    public List<Integer> available() {
        return jdbc.sql(AVAILABLE_YEARS).query(Integer.class).list();
    }

    /**
     * The years the map offers: every year of the programme period in which the first criteria
     * results fall (2021–2025 for results of 2025: the years before the 2025 merger show the
     * pre-merger units), up to the latest.
     */
    public List<Integer> shown() {
        return jdbc.sql(SHOWN_YEARS).param("latest", latest()).query(Integer.class).list();
    }

    /** The requested year after validation, or the latest when none was requested. */
    public int resolve(Integer requested) {
        if (requested == null) {
            return latest();
        }
        if (requested < FIRST || requested > LAST) {
            throw new InvalidParameterException("year", "must be between " + FIRST + " and " + LAST);
        }
        return requested;
    }

    /** Statuses and units of a year are those standing on its last day. */
    public static LocalDate asOf(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
