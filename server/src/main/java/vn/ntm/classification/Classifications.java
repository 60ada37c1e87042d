package vn.ntm.classification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.audit.AuditLog;
import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.RefusedException;
import vn.ntm.common.Sql;
import vn.ntm.security.Action;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;
import vn.ntm.units.UnitRepository;

/**
 * The classes a province gives its communes and villages by decision, per year: extremely
 * disadvantaged (ĐBKK), border, safe zone (an toàn khu), and the 2026–2030 commune group that
 * selects thresholds ({@code applicable_threshold} reads them).
 */
@Component
class Classifications {

    static final Set<String> KINDS = Set.of("dbkk", "border", "safe_zone", "group");
    static final int MAX_UNITS = 5000;
    static final int MAX_YEARS = 10;

    private static final String APPLY = Sql.load(Classifications.class, "apply.sql");
    private static final String LIST = Sql.load(Classifications.class, "list.sql");
    private static final String UNITS = Sql.load(Classifications.class, "units.sql");
    private static final String INSERT_DECISION = Sql.load(Classifications.class, "insert-decision.sql");

    record Listed(String code, Integer group) {
    }

    /** The first year of the current communes (merged on 1 July 2025). */
    static final int FIRST_YEAR = 2025;

    record Decision(String kind, String decisionNo, LocalDate decisionDate, String issuer, Integer yearFrom,
            Integer yearTo, List<Listed> units) {
    }

    record Recorded(long id, String kind, String decisionNo, LocalDate decisionDate, String issuer, int yearFrom,
            int yearTo, int listed, int rows) {
    }

    record Classified(String code, String fullName, String level, Integer group, boolean dbkk, boolean border,
            boolean safeZone, boolean demo, Map<String, String> decisions) {
    }

    private record Unit(long id, String code, String level, String province, boolean counted) {
    }

    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final AuditLog audit;
    private final UnitRepository units;

    Classifications(JdbcClient jdbc, Permissions permissions, AuditLog audit, UnitRepository units) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.audit = audit;
        this.units = units;
    }

    List<Classified> list(String province, int year) {
        return jdbc.sql(LIST).param("province", province).param("year", year).query((rs, n) -> {
            Map<String, String> decisions = new HashMap<>();
            for (String kind : KINDS) {
                String number = rs.getString(kind + "_decision");
                if (number != null) {
                    decisions.put(kind, number);
                }
            }
            return new Classified(rs.getString("code"), rs.getString("full_name"), rs.getString("level"),
                    rs.getObject("commune_group", Integer.class), rs.getBoolean("dbkk"), rs.getBoolean("border"),
                    rs.getBoolean("safe_zone"), rs.getBoolean("is_demo"), decisions);
        }).list();
    }

    /** Records a decision (planners of the province) and applies it to its years. */
    @Transactional
    Recorded record(String province, Decision decision) {
        // Classes select thresholds, so recording them takes the right to define criteria.
        CurrentUser user = permissions.require(Action.DEFINE_CRITERIA, province, null);
        validate(decision);
        units.currentProvince(province);
        List<Listed> listed = decision.units() == null ? List.of() : decision.units();
        Map<String, Unit> found = new HashMap<>();
        jdbc.sql(UNITS).param("codes", listed.stream().map(Listed::code).toArray(String[]::new))
                .query((rs, n) -> new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("level"),
                        rs.getString("province_code"), rs.getBoolean("counted")))
                .list().forEach(u -> found.put(u.code(), u));
        for (Listed l : listed) {
            check(province, decision.kind(), l, found.get(l.code()));
        }
        long id = jdbc.sql(INSERT_DECISION)
                .param("province", province).param("kind", decision.kind())
                .param("decision_no", decision.decisionNo().strip()).param("decision_date", decision.decisionDate())
                .param("issuer", decision.issuer()).param("year_from", decision.yearFrom())
                .param("year_to", decision.yearTo()).param("user", user.username()).query(Long.class).single();
        int rows = jdbc.sql(APPLY).param("province", province).param("kind", decision.kind()).param("decision", id)
                .param("year_from", decision.yearFrom()).param("year_to", decision.yearTo())
                .param("ids", listed.stream().map(l -> found.get(l.code()).id()).toArray(Long[]::new))
                .param("groups", listed.stream().map(l -> l.group() == null ? null : l.group().shortValue())
                        .toArray(Short[]::new))
                .update();
        Recorded recorded = new Recorded(id, decision.kind(), decision.decisionNo().strip(), decision.decisionDate(),
                decision.issuer(), decision.yearFrom(), decision.yearTo(), listed.size(), rows);
        audit.record(user, "record", "classification_decision", String.valueOf(id), province, null,
                Map.of("decision", recorded, "units", listed));
        return recorded;
    }

    private static void validate(Decision d) {
        if (d.kind() == null || !KINDS.contains(d.kind())) {
            throw new InvalidParameterException("kind", "must be one of dbkk, border, safe_zone, group");
        }
        if (d.decisionNo() == null || d.decisionNo().isBlank() || d.decisionNo().length() > 100
                || d.decisionDate() == null) {
            throw new InvalidParameterException("decisionNo", "the decision's number (up to 100 characters) and "
                    + "decisionDate are required");
        }
        if (d.issuer() != null && d.issuer().length() > 200) {
            throw new InvalidParameterException("issuer", "takes up to 200 characters");
        }
        // A decision lists current units, which stand from the 1 July 2025 merger: years before 2025 classified
        // the communes of that time, which a decision here cannot list.
        if (d.yearFrom() == null || d.yearTo() == null || d.yearFrom() < FIRST_YEAR || d.yearTo() > 2100
                || d.yearTo() < d.yearFrom() || d.yearTo() - d.yearFrom() >= MAX_YEARS) {
            throw new InvalidParameterException("yearFrom", "yearFrom and yearTo must be years from " + FIRST_YEAR
                    + " (the communes since the 2025 merger) to 2100, in order, at most " + MAX_YEARS + " years");
        }
        List<Listed> listed = d.units() == null ? List.of() : d.units();
        if (listed.size() > MAX_UNITS || listed.stream().anyMatch(l -> l == null || l.code() == null
                || !l.code().matches("[0-9]{5}(-[0-9]{1,4})?"))) {
            throw new InvalidParameterException("units", "must be up to " + MAX_UNITS
                    + " unit codes (a commune's 5 digits, a village's commune code-number)");
        }
        if (listed.stream().map(Listed::code).distinct().count() < listed.size()) {
            throw new InvalidParameterException("units", "lists a unit twice");
        }
        if (d.kind().equals("group") ? listed.stream().anyMatch(l -> l.group() == null || l.group() < 1
                || l.group() > 3) : listed.stream().anyMatch(l -> l.group() != null)) {
            throw new InvalidParameterException("units", "a group decision gives each commune a group from 1 to 3; "
                    + "other decisions give no group");
        }
    }

    private static void check(String province, String kind, Listed listed, Unit unit) {
        if (unit == null) {
            throw new RefusedException("unknown-unit", "No current commune or village has the code " + listed.code(),
                    "Không có xã hoặc thôn, bản hiện hành nào có mã " + listed.code());
        }
        if (!unit.province().equals(province)) {
            throw new RefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "other-province",
                    unit.code() + " is in another province (" + unit.province() + ")",
                    unit.code() + " thuộc tỉnh khác (" + unit.province() + ")");
        }
        if (!unit.counted()) {
            throw new RefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "not-ntm-commune",
                    unit.code() + " is a ward, town or special zone (or in one): the NTM programme does not "
                            + "classify it",
                    unit.code() + " là phường, thị trấn hoặc đặc khu (hoặc thuộc đơn vị đó): "
                            + "không thuộc đối tượng NTM");
        }
        if (!kind.equals("dbkk") && unit.level().equals("village")) {
            throw new RefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "commune-only",
                    "Only ĐBKK decisions classify villages; " + unit.code() + " is a village",
                    "Chỉ quyết định ĐBKK phân loại thôn, bản; " + unit.code() + " là thôn, bản");
        }
    }
}
