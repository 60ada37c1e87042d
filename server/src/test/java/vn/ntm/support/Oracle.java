package vn.ntm.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Expected figures worked out in Java from the raw rows, apart from the database functions the code
 * uses (status_at, criteria_met), so a test that compares the two can catch a wrong function.
 */
public final class Oracle {

    private Oracle() {
    }

    private record Event(long id, String event, String level, int rank, LocalDate date) {

        boolean recognises() {
            return event.equals("recognized") || event.equals("re_acknowledged");
        }

        boolean ends() {
            return event.equals("revoked") || event.equals("lapsed_by_merger");
        }

        boolean after(Event other) {
            return date.isAfter(other.date) || (date.equals(other.date) && id > other.id);
        }
    }

    /**
     * The level each unit held on {@code date}, keyed by code, for the current units matching
     * {@code where} (on admin_unit u): its highest recognition not ended since by a revocation or a
     * lapse of that level or a lower one; "none" without one.
     */
    public static Map<String, String> statuses(JdbcClient jdbc, String where, LocalDate date) {
        Map<String, List<Event>> events = new HashMap<>();
        jdbc.sql("SELECT u.code FROM admin_unit u WHERE u.valid_to IS NULL AND " + where).query(String.class).list()
                .forEach(code -> events.put(code, new ArrayList<>()));
        jdbc.sql("""
                SELECT u.code, e.id, e.event, e.level, l.rank, e.event_date
                FROM admin_unit u JOIN status_event e ON e.unit_id = u.id JOIN status_level l ON l.code = e.level
                WHERE u.valid_to IS NULL AND %s""".formatted(where))
                .query(rs -> {
                    events.get(rs.getString("code")).add(new Event(rs.getLong("id"), rs.getString("event"),
                            rs.getString("level"), rs.getInt("rank"), rs.getObject("event_date", LocalDate.class)));
                });
        Map<String, String> statuses = new HashMap<>();
        events.forEach((code, list) -> statuses.put(code, standing(list, date)));
        return statuses;
    }

    public static String status(JdbcClient jdbc, String code, LocalDate date) {
        return statuses(jdbc, "u.code = '" + code.replace("'", "''") + "'", date).get(code);
    }

    /** How many of the current units matching {@code where} held a level on {@code date}. */
    public static int standing(JdbcClient jdbc, String where, LocalDate date) {
        return (int) statuses(jdbc, where, date).values().stream().filter(s -> !s.equals("none")).count();
    }

    private static String standing(List<Event> events, LocalDate date) {
        Event best = null;
        for (Event r : events) {
            if (!r.recognises() || r.date.isAfter(date)) {
                continue;
            }
            boolean ended = events.stream().anyMatch(x -> x.ends() && x.rank <= r.rank && !x.date.isAfter(date)
                    && x.after(r));
            if (!ended && (best == null || r.rank > best.rank)) {
                best = r;
            }
        }
        return best == null ? "none" : best.level;
    }

    /** Standard-set criteria a unit met in a year, counted in Java from its results. */
    public static Map<String, Integer> criteriaMet(JdbcClient jdbc, String where, int year) {
        Map<String, Integer> met = new HashMap<>();
        jdbc.sql("SELECT u.code FROM admin_unit u WHERE u.valid_to IS NULL AND " + where).query(String.class).list()
                .forEach(code -> met.put(code, 0));
        jdbc.sql("""
                SELECT u.code, r.result, s.tier FROM admin_unit u
                JOIN criterion_result r ON r.unit_id = u.id AND r.year = :year
                JOIN criterion c ON c.id = r.criterion_id JOIN criteria_set s ON s.id = c.set_id
                WHERE u.valid_to IS NULL AND %s""".formatted(where)).param("year", year)
                .query(rs -> {
                    if (rs.getString("tier").equals("standard") && rs.getString("result").equals("met")) {
                        met.merge(rs.getString("code"), 1, Integer::sum);
                    }
                });
        return met;
    }
}
