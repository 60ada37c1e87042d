package vn.ntm.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.audit.AuditLog;
import vn.ntm.common.NotFoundException;
import vn.ntm.common.RefusedException;
import vn.ntm.common.Sql;
import vn.ntm.security.Action;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;
import vn.ntm.units.UnitRecord;
import vn.ntm.units.UnitRepository;

/**
 * Records recognition decisions. Only NTM-assessed units hold a status. A commune's recognition at a
 * level needs the level's prerequisite held (standard for advanced and modern, advanced for model) and
 * every criterion of the level's own set met that year; a re-acknowledgement after a merger may rest on
 * every predecessor having held the level instead. A level can only be revoked or lapse while it is held.
 */
@Service
class StatusEventService {

    /** The level a commune must hold before it can be recognised at each higher one. */
    private static final Map<String, String> PREREQUISITE = Map.of("advanced", "standard", "model", "advanced",
            "modern", "standard");
    /** Villages (thôn, bản): every level above standard rests on standard; the province's sets define them. */
    private static final Map<String, String> VILLAGE_PREREQUISITE = Map.of("advanced", "standard", "model", "standard",
            "modern", "standard");
    private static final Map<String, String> NO_SET_REASON = Map.of(
            "advanced", ": advanced (nâng cao) is assessed 2021–2025 only; QĐ 51/2025 has no national advanced set",
            "model", ": model (kiểu mẫu) is assessed 2021–2025 only; QĐ 51/2025 has no national model set",
            "modern", ": the province has not issued its xã NTM hiện đại criteria (QĐ 51/2025 Phụ lục II, 2026 on)");
    private static final Map<String, String> NO_SET_REASON_VI = Map.of(
            "advanced", ": xã NTM nâng cao chỉ đánh giá giai đoạn 2021–2025; QĐ 51/2025 không có bộ tiêu chí nâng cao",
            "model", ": xã NTM kiểu mẫu chỉ đánh giá giai đoạn 2021–2025; QĐ 51/2025 không có quy định kiểu mẫu",
            "modern", ": tỉnh chưa ban hành tiêu chí xã NTM hiện đại (QĐ 51/2025 Phụ lục II, từ 2026)");
    private static final String BASIS = Sql.load(StatusEventService.class, "event-basis.sql");
    private static final String INSERT_EVENT = Sql.load(StatusEventService.class, "insert-event.sql");

    private record Basis(int heldRank, int levelRank, Integer prerequisiteRank, Integer setId,
            String setCode, int total, int met, boolean predecessorsHeld) {
    }

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
        UnitRecord unit = unit(code, year);
        String province = province(unit);
        CurrentUser user = permissions.require(Action.MANAGE_STATUS, province, unit.code());
        Integer setId = checkSupported(unit, e, year);
        List<StatusEvent> before = statuses.events(unit.id());
        jdbc.sql(INSERT_EVENT)
                .param("unit", unit.id()).param("event", e.event()).param("level", e.level())
                .param("date", e.eventDate()).param("decision_no", e.decisionNo())
                .param("decision_date", e.decisionDate()).param("signer", e.signer()).param("note", e.note())
                .param("set", setId).param("actor", user.username()).update();
        List<StatusEvent> after = statuses.events(unit.id());
        audit.record(user, e.event(), "status", unit.code(), province, before, after);
        return after;
    }

    /**
     * Withdraws an event recorded in error. Only the unit's newest event can go (a later one may rest on it):
     * mistakes are undone newest first. The audit entry keeps the event withdrawn.
     */
    @Transactional
    List<StatusEvent> withdraw(String code, long id) {
        LocalDate date = jdbc.sql("SELECT e.event_date FROM status_event e JOIN admin_unit u ON u.id = e.unit_id "
                + "WHERE e.id = :id AND u.code = :code").param("id", id).param("code", code)
                .query(LocalDate.class).optional()
                .orElseThrow(() -> new NotFoundException("No status event " + id + " of the unit '" + code + "'"));
        UnitRecord unit = unit(code, date.getYear());
        String province = province(unit);
        CurrentUser user = permissions.require(Action.MANAGE_STATUS, province, unit.code());
        // The unit's row is locked, so a withdrawal and a new event of the unit do not cross.
        jdbc.sql("SELECT id FROM admin_unit WHERE id = :unit FOR UPDATE").param("unit", unit.id()).query().listOfRows();
        List<StatusEvent> before = statuses.events(unit.id());
        StatusEvent newest = before.get(before.size() - 1);
        if (newest.id() != id) {
            throw new RefusedException(HttpStatus.CONFLICT, "not-newest", "Event " + id + " is not the newest of "
                    + unit.fullName() + ": withdraw the later events first (newest: " + newest.id() + ", "
                    + newest.event() + " " + newest.level() + " on " + newest.date() + ")", "Sự kiện " + id
                    + " không phải sự kiện mới nhất của " + unit.fullName() + ": cần rút các sự kiện sau nó trước");
        }
        jdbc.sql("DELETE FROM status_event WHERE id = :id").param("id", id).update();
        List<StatusEvent> after = statuses.events(unit.id());
        audit.record(user, "withdraw", "status", unit.code(), province, before, after);
        return after;
    }

    private UnitRecord unit(String code, int year) {
        return units.findByCode(code, year)
                .orElseThrow(() -> new NotFoundException("No administrative unit has the code '" + code + "'"));
    }

    /** A pre-merger unit's records are kept by the province it is now part of (old Lào Cai's by Lào Cai). */
    private String province(UnitRecord unit) {
        return jdbc.sql("SELECT province_now(:p)").param("p", unit.provinceCode()).query(String.class).single();
    }

    /** Refuses an event its basis does not support; answers the criteria set a recognition rests on, if any. */
    private Integer checkSupported(UnitRecord unit, NewStatusEvent e, int year) {
        boolean village = unit.level().equals("village");
        String prerequisite = (village ? VILLAGE_PREREQUISITE : PREREQUISITE).get(e.level());
        Basis b = jdbc.sql(BASIS).param("unit", unit.id()).param("level", e.level()).param("date", e.eventDate())
                .param("year", year).param("prerequisite", prerequisite)
                .query(Basis.class).single();
        String name = unit.fullName();
        if (List.of("commune", "village").contains(unit.level()) && !unit.assessed()) {
            throw refused("not-assessed", name + " is a ward (phường) or special zone (đặc khu) not assessed for NTM: "
                    + "it holds no NTM status", name + " là phường/đặc khu, không phải đối tượng đánh giá nông thôn mới: "
                    + "không ghi nhận mức đạt chuẩn");
        }
        if (!e.recognises()) {
            if (b.heldRank() < b.levelRank()) {
                throw refused("level-not-held", name + " does not hold the " + e.level() + " level on "
                        + e.eventDate() + ": a level never held cannot be revoked or lapse",
                        name + " không giữ mức " + e.level() + " vào ngày " + e.eventDate()
                                + ": không thể thu hồi hay chấm dứt một mức chưa từng đạt");
            }
            return null;
        }
        if (!village && !unit.level().equals("commune")) {
            return null;
        }
        if (prerequisite != null && b.heldRank() < b.prerequisiteRank()) {
            throw refused("prerequisite", name + " must hold the " + prerequisite + " level before it can be recognised as "
                    + e.level(), name + " phải đạt mức " + prerequisite + " trước khi được công nhận mức " + e.level());
        }
        if (e.event().equals("re_acknowledged") && b.predecessorsHeld()) {
            return null;
        }
        if (b.setId() == null) {
            throw refused("no-assessment-set", "No " + e.level() + " criteria set applies to " + name + " in " + year
                    + (village ? ": the province has not issued its village criteria for this level and year"
                            : NO_SET_REASON.getOrDefault(e.level(), "")),
                    "Không có bộ tiêu chí mức " + e.level() + " áp dụng cho " + name + " năm " + year
                            + (village ? ": tỉnh chưa ban hành bộ tiêu chí thôn, bản cho mức và năm này"
                                    : NO_SET_REASON_VI.getOrDefault(e.level(), "")));
        }
        if (b.total() == 0 || b.met() < b.total()) {
            throw refused("criteria-not-met", name + " met " + b.met() + " of " + b.total() + " criteria of "
                    + b.setCode() + " in " + year + "; all must be met (and recorded) before recognition",
                    name + " đạt " + b.met() + "/" + b.total() + " tiêu chí của " + b.setCode() + " năm " + year
                            + "; phải đạt (và ghi nhận) tất cả trước khi công nhận");
        }
        return b.setId();
    }

    private static RefusedException refused(String code, String english, String vietnamese) {
        return new RefusedException(HttpStatus.UNPROCESSABLE_CONTENT, code, english, vietnamese);
    }
}
