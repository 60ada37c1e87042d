package vn.ntm.reports;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.audit.AuditLog;
import vn.ntm.common.InvalidParameterException;
import vn.ntm.security.Action;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;
import vn.ntm.units.UnitRepository;

/**
 * The reports a province asks for and the deadline it sets for each (no national day is assumed).
 * A period's deadline is the first time its day and month come round from the period's middle on:
 * 15/12 is due in the reported year, 15/1 in the next.
 */
@Component
class ReportingDeadlines {

    record Deadline(String period, Integer month, Integer day, String source) {
    }

    record Due(String period, int year, LocalDate due, String source) {
    }

    record Schedule(List<Deadline> deadlines, Due next) {
    }

    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final AuditLog audit;
    private final UnitRepository units;

    ReportingDeadlines(JdbcClient jdbc, Permissions permissions, AuditLog audit, UnitRepository units) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.audit = audit;
        this.units = units;
    }

    /** The province's deadlines, and the next one due on or after {@code today}. */
    Schedule schedule(String province, LocalDate today) {
        List<Deadline> deadlines = deadlines(province);
        Optional<Due> next = deadlines.stream().filter(d -> d.month() != null)
                .flatMap(d -> IntStream.rangeClosed(today.getYear() - 1, today.getYear() + 1)
                        .mapToObj(year -> due(d, year)))
                .filter(d -> !d.due().isBefore(today)).min(Comparator.comparing(Due::due));
        return new Schedule(deadlines, next.orElse(null));
    }

    @Transactional
    Deadline set(String province, String periodCode, Deadline change) {
        ReportPeriod period = ReportPeriod.of(periodCode);
        CurrentUser user = permissions.require(Action.MANAGE_TARGETS, province, null);
        if ((change.month() == null) != (change.day() == null) || (change.month() != null
                && (change.month() < 1 || change.month() > 12 || change.day() < 1
                        || change.day() > MonthDay.of(change.month(), 1).getMonth().maxLength()))) {
            throw new InvalidParameterException("day", "month and day must be a calendar day, or both absent "
                    + "when the province set no date");
        }
        String source = change.source() == null ? "" : change.source().strip();
        if (source.isEmpty() || source.length() > 500) {
            throw new InvalidParameterException("source", "must name the document that sets the deadline "
                    + "(up to 500 characters)");
        }
        units.currentProvince(province);
        Deadline before = deadlines(province).stream().filter(d -> d.period().equals(period.code())).findFirst()
                .orElse(null);
        jdbc.sql("""
                INSERT INTO reporting_deadline (province_code, period, due_month, due_day, source)
                VALUES (:province, :period, :month, :day, :source)
                ON CONFLICT (province_code, period) DO UPDATE
                SET due_month = EXCLUDED.due_month, due_day = EXCLUDED.due_day, source = EXCLUDED.source""")
                .param("province", province).param("period", period.code()).param("month", change.month())
                .param("day", change.day()).param("source", source).update();
        Deadline after = new Deadline(period.code(), change.month(), change.day(), source);
        audit.record(user, "set", "reporting_deadline", province + "/" + period.code(), province, before, after);
        return after;
    }

    private List<Deadline> deadlines(String province) {
        return jdbc.sql("""
                SELECT period, due_month, due_day, source FROM reporting_deadline
                WHERE province_code = :province ORDER BY period""").param("province", province)
                .query((rs, n) -> new Deadline(rs.getString("period"), rs.getObject("due_month", Integer.class),
                        rs.getObject("due_day", Integer.class), rs.getString("source"))).list();
    }

    private static Due due(Deadline deadline, int year) {
        LocalDate from = ReportPeriod.of(deadline.period()).dueFrom(year);
        LocalDate due = MonthDay.of(deadline.month(), deadline.day()).atYear(from.getYear());
        return new Due(deadline.period(), year, due.isBefore(from) ? due.plusYears(1) : due, deadline.source());
    }
}
