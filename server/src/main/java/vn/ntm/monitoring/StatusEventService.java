package vn.ntm.monitoring;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.audit.AuditLog;
import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.NotFoundException;
import vn.ntm.security.Action;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;
import vn.ntm.status.StatusEvent;
import vn.ntm.status.StatusRepository;
import vn.ntm.units.UnitRecord;
import vn.ntm.units.UnitRepository;

/**
 * Records recognition decisions. A recognition must be supported: every criterion of the year's
 * set met (for the standard level), and the level below already held (for advanced and model).
 */
@Service
class StatusEventService {

    private static final Map<String, String> LEVEL_BELOW = Map.of("advanced", "standard", "model", "advanced");

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final StatusRepository statuses;
    private final Permissions permissions;
    private final AuditLog audit;

    StatusEventService(JdbcClient jdbc, UnitRepository units, StatusRepository statuses, Permissions permissions,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.units = units;
        this.statuses = statuses;
        this.permissions = permissions;
        this.audit = audit;
    }

    @Transactional
    List<StatusEvent> record(String code, NewStatusEvent e) {
        int year = e.eventDate().getYear();
        UnitRecord unit = units.findByCode(code, year)
                .orElseThrow(() -> new NotFoundException("No administrative unit has the code '" + code + "'"));
        CurrentUser user = permissions.require(Action.MANAGE_STATUS, unit.provinceCode(), unit.code());
        if (e.recognises()) {
            checkSupported(unit, e, year);
        }
        List<StatusEvent> before = statuses.events(unit.id());
        jdbc.sql("""
                INSERT INTO status_event (unit_id, event, level, event_date, decision_no, decision_date, signer, note,
                                          created_by)
                VALUES (:unit, :event, :level, :date, :decision_no, :decision_date, :signer, :note, :actor)""")
                .param("unit", unit.id()).param("event", e.event()).param("level", e.level())
                .param("date", e.eventDate()).param("decision_no", e.decisionNo())
                .param("decision_date", e.decisionDate()).param("signer", e.signer()).param("note", e.note())
                .param("actor", user.username()).update();
        List<StatusEvent> after = statuses.events(unit.id());
        audit.record(user, e.event(), "status", unit.code(), unit.provinceCode(), before, after);
        return after;
    }

    private void checkSupported(UnitRecord unit, NewStatusEvent e, int year) {
        if (!unit.level().equals("commune")) {
            return;
        }
        String below = LEVEL_BELOW.get(e.level());
        if (below != null && rank(statuses.statusAt(unit.id(), e.eventDate())) < rank(below)) {
            throw new InvalidParameterException("level", unit.fullName() + " must hold the " + below
                    + " level before it can be recognised as " + e.level());
        }
        if (e.level().equals("standard")) {
            Integer total = jdbc.sql("SELECT criteria_total('commune', :year)").param("year", year)
                    .query(Integer.class).single();
            Integer met = jdbc.sql("SELECT criteria_met(:unit, :year)").param("unit", unit.id()).param("year", year)
                    .query(Integer.class).single();
            if (total == 0 || met < total) {
                throw new InvalidParameterException("level", unit.fullName() + " met " + met + " of " + total
                        + " criteria in " + year + "; all must be met (and recorded) before recognition");
            }
        }
    }

    private int rank(String level) {
        return jdbc.sql("SELECT rank FROM status_level WHERE code = :code").param("code", level)
                .query(Integer.class).single();
    }
}
