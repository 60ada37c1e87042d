package vn.ntm.monitoring;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.audit.AuditLog;
import vn.ntm.common.ConflictException;
import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.NotFoundException;
import vn.ntm.common.Sql;
import vn.ntm.security.Action;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;
import vn.ntm.units.UnitRepository;
import vn.ntm.years.ReportingYears;

/**
 * A province's targets, each scored on the unit set it was set on (its basis): a target made on the
 * pre-merger communes is counted on them, up to the last day they existed, and is "not comparable"
 * when its year ends after that day. A rebased target (a new decision) replaces it from a date.
 */
@Component
public class Targets {

    private static final String ACTUALS = Sql.load(Targets.class, "target-actuals.sql");
    private static final String LIST = Sql.load(Targets.class, "targets.sql");
    private static final String UPSERT = Sql.load(Targets.class, "target-upsert.sql");
    private static final String DATA_YEARS = Sql.load(Targets.class, "data-years.sql");
    private static final String BASELINES = Sql.load(Targets.class, "baselines.sql");
    private static final String OBSERVATION_UPSERT = Sql.load(Targets.class, "observation-upsert.sql");
    private static final String OBSERVATION = Sql.load(Targets.class, "observation.sql");
    private static final String OBSERVATIONS = Sql.load(Targets.class, "observations.sql");

    /**
     * A target and how it stands. {@code basis} is pre_merger or post_merger; {@code basisUnits} is how
     * many units of that set ntm-map counts; {@code actuals} the actual per year ({@code lastActualAsOf}
     * is the day the latest one stands on); {@code sources} the reported actuals' documents.
     */
    public record TargetProgress(long id, String metric, String name, int year, double target, Double targetMax,
            String kind, Double denominator, String basis, Integer basisUnits, LocalDate basisUntil, String decisionNo,
            LocalDate decisionDate, String issuer, LocalDate inForceFrom, Long replacedBy, String replacedByDecision,
            LocalDate replacedFrom, String note, String method, String source, Map<Integer, Double> actuals,
            Map<Integer, String> sources, LocalDate lastActualAsOf, Double projected, String status, int version) {
    }

    /** A target as a decision sets it; {@code version} guards an amendment against a concurrent one. */
    record TargetChange(Double value, Double max, String kind, Double denominator, String decisionNo,
            LocalDate decisionDate, String issuer, LocalDate inForceFrom, String note, Integer version) {
    }

    /** A new decision replacing target {@code id} from {@code from}, on the current units. */
    record Rebase(Integer year, LocalDate from, TargetChange target) {
    }

    /** A starting figure a province's document states, on its unit set (as targets' basis). */
    public record Baseline(String metric, String name, Integer year, double value, Double denominator, String basis,
            String sourceDocument) {
    }

    /** An actual the province reports for a metric ntm-map cannot compute. */
    record Observation(Double value, String sourceDocument) {
    }

    private record Stored(long id, TargetMetric metric, int year, double min, Double max, String kind,
            Double denominator, long basisUnit, LocalDate basisUntil, String decisionNo, LocalDate decisionDate,
            String issuer, LocalDate inForceFrom, Long replacedBy, String replacedByDecision, LocalDate replacedFrom,
            String note, String provinceCode, int version) {
    }

    private record Counted(int year, LocalDate asOf, Map<String, Integer> values) {
    }

    private final JdbcClient jdbc;
    private final MapIndicators map;
    private final ReportingYears years;
    private final Permissions permissions;
    private final AuditLog audit;
    private final UnitRepository units;

    Targets(JdbcClient jdbc, MapIndicators map, ReportingYears years, Permissions permissions, AuditLog audit,
            UnitRepository units) {
        this.jdbc = jdbc;
        this.map = map;
        this.years = years;
        this.permissions = permissions;
        this.audit = audit;
        this.units = units;
    }

    /** Every year with a status or a criteria result, to the latest reporting year. */
    public List<Integer> dataYears() {
        int latest = years.latest();
        return jdbc.sql(DATA_YEARS).param("latest", latest).query(Integer.class).list();
    }

    /** The province's targets, in the metrics' order, then by year and basis. */
    @Transactional(readOnly = true)
    public List<TargetProgress> progress(String province) {
        List<Stored> stored = jdbc.sql(LIST).param("province", province)
                .query((rs, n) -> new Stored(rs.getLong("id"), TargetMetric.require(rs.getString("metric")),
                        rs.getInt("year"), rs.getDouble("target_value"), rs.getObject("target_max", Double.class),
                        rs.getString("value_kind"), rs.getObject("denominator", Double.class), rs.getLong("unit_id"),
                        rs.getObject("basis_until", LocalDate.class), rs.getString("decision_no"),
                        rs.getObject("decision_date", LocalDate.class), rs.getString("issuer"),
                        rs.getObject("in_force_from", LocalDate.class), rs.getObject("replaced_by", Long.class),
                        rs.getString("replaced_by_decision"), rs.getObject("replaced_from", LocalDate.class),
                        rs.getString("note"), rs.getString("province_code"), rs.getInt("row_version")))
                .list();
        Map<Long, List<Counted>> counted = new HashMap<>();
        List<Integer> span = dataYears();
        return stored.stream().sorted(Comparator.comparing(Stored::metric)).map(t -> score(t, counted.computeIfAbsent(t.basisUnit(),
                unit -> count(unit, span.get(0), span.get(span.size() - 1))))).toList();
    }

    public List<Baseline> baselines(String province) {
        return jdbc.sql(BASELINES).param("province", province)
                .query((rs, n) -> {
                    TargetMetric metric = TargetMetric.require(rs.getString("metric"));
                    return new Baseline(metric.code(), metric.nameVi(), rs.getObject("year", Integer.class),
                            rs.getDouble("value"), rs.getObject("denominator", Double.class),
                            rs.getBoolean("pre_merger") ? "pre_merger" : "post_merger", rs.getString("source_document"));
                }).list();
    }

    /** Sets or amends a target on the province's current units. */
    @Transactional
    TargetProgress set(String province, int year, String metricCode, TargetChange change) {
        TargetMetric metric = TargetMetric.require(metricCode);
        CurrentUser user = permissions.require(Action.MANAGE_TARGETS, province, null);
        String kind = validate(metric, change);
        long provinceId = units.currentProvince(province).id();
        TargetProgress before = find(province, provinceId, year, metric);
        upsert(provinceId, year, metric, columns(change, kind, change.inForceFrom()), user, change.version())
                .orElseThrow(() -> new ConflictException("The " + metric.code() + " target for " + year
                        + " was changed by someone else or replaced; reload it and set it again"));
        TargetProgress after = find(province, provinceId, year, metric);
        audit.record(user, "set", "target", String.valueOf(after.id()), province, before, after);
        return after;
    }

    /**
     * Replaces target {@code id} from a date by a target of a new decision on the province's current
     * units; the old one stays, marked replaced.
     */
    @Transactional
    TargetProgress rebase(String province, long id, Rebase rebase) {
        CurrentUser user = permissions.require(Action.MANAGE_TARGETS, province, null);
        TargetProgress old = progress(province).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Province " + province + " has no target " + id));
        if (rebase.from() == null) {
            throw new InvalidParameterException("from", "is required: the date the new target replaces the old one");
        }
        TargetChange change = rebase.target() == null ? new TargetChange(null, null, null, null, null, null, null,
                null, null, null) : rebase.target();
        TargetMetric metric = TargetMetric.require(old.metric());
        String kind = validate(metric, change);
        if (change.version() == null || change.version() != old.version() || old.replacedBy() != null) {
            throw new ConflictException("Target " + id + " was changed or replaced since it was read; reload it");
        }
        int year = rebase.year() == null ? old.year() : years.resolve(rebase.year());
        long provinceId = units.currentProvince(province).id();
        long created = upsert(provinceId, year, metric, columns(change, kind, rebase.from()), user, null)
                .orElseThrow(() -> new ConflictException("Province " + province + " already has a " + metric.code()
                        + " target for " + year + " on its current units; amend that one instead"));
        // Guarded by the version read: of two rebases at once, the second is refused (and rolled back).
        if (jdbc.sql("UPDATE target SET replaced_by = :new, replaced_from = :from, row_version = row_version + 1"
                + " WHERE id = :id AND row_version = :version AND replaced_by IS NULL").param("new", created)
                .param("from", rebase.from()).param("id", id).param("version", old.version()).update() == 0) {
            throw new ConflictException("Target " + id + " was changed or replaced since it was read; reload it");
        }
        List<TargetProgress> after = progress(province);
        TargetProgress replacement = after.stream().filter(t -> t.id() == created).findFirst().orElseThrow();
        audit.record(user, "rebase", "target", String.valueOf(id), province, old,
                after.stream().filter(t -> t.id() == id).findFirst().orElseThrow());
        audit.record(user, "set", "target", String.valueOf(created), province, null, replacement);
        return replacement;
    }

    /** Records (or corrects) the actual a province reports for a metric ntm-map cannot compute. */
    @Transactional
    Observation observe(String province, int year, String metricCode, Observation observation) {
        TargetMetric metric = TargetMetric.require(metricCode);
        CurrentUser user = permissions.require(Action.MANAGE_TARGETS, province, null);
        if (metric.source() != TargetMetric.Source.REPORTED) {
            throw new InvalidParameterException("metric", "is computed by ntm-map; only income_rural, poverty_rate, "
                    + "trained_labour and cooperatives take reported actuals");
        }
        if (observation.value() == null || observation.value() < 0 || observation.value().isInfinite()) {
            throw new InvalidParameterException("value", "must be a number, 0 or more");
        }
        String source = observation.sourceDocument() == null ? "" : observation.sourceDocument().strip();
        if (source.isEmpty() || source.length() > 500) {
            throw new InvalidParameterException("sourceDocument", "must name the document the figure comes from "
                    + "(up to 500 characters)");
        }
        units.currentProvince(province);
        Observation before = observation(province, year, metric);
        jdbc.sql(OBSERVATION_UPSERT)
                .param("province", province).param("metric", metric.code()).param("year", year)
                .param("value", observation.value()).param("source", source).param("user", user.username()).update();
        Observation after = observation(province, year, metric);
        audit.record(user, "set", "target_observation", province + "/" + year + "/" + metric.code(), province,
                before, after);
        return after;
    }

    private Observation observation(String province, int year, TargetMetric metric) {
        return jdbc.sql(OBSERVATION)
                .param("province", province).param("metric", metric.code()).param("year", year)
                .query((rs, n) -> new Observation(rs.getDouble("value"), rs.getString("source_document")))
                .optional().orElse(null);
    }

    private TargetProgress find(String province, long unit, int year, TargetMetric metric) {
        Long id = jdbc.sql("SELECT id FROM target WHERE unit_id = :unit AND year = :year AND metric = :metric")
                .param("unit", unit).param("year", year).param("metric", metric.code()).query(Long.class)
                .optional().orElse(null);
        return id == null ? null : progress(province).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    /** The target's kind (count or percent) after checking the decision's figures. */
    private static String validate(TargetMetric metric, TargetChange change) {
        String kind = change.kind() == null ? "count" : change.kind();
        if (!kind.equals("count") && !kind.equals("percent")) {
            throw new InvalidParameterException("kind", "must be count or percent");
        }
        if (metric.code().startsWith("pct_") && kind.equals("count")) {
            kind = "percent";
        }
        double ceiling = kind.equals("percent") ? 100 : 1e9;
        if (!inRange(change.value(), ceiling)) {
            throw new InvalidParameterException("value", "must be a count, or a percentage from 0 to 100");
        }
        if (change.max() != null && (!inRange(change.max(), ceiling) || change.max() < change.value())) {
            throw new InvalidParameterException("max", "must be at least value (a range such as 3–5)");
        }
        if (change.denominator() != null && (!inRange(change.denominator(), 1e9) || change.denominator() < 1)) {
            throw new InvalidParameterException("denominator", "must be the number of units the decision counts");
        }
        if (change.decisionNo() == null || change.decisionNo().isBlank() || change.decisionNo().length() > 100
                || change.decisionDate() == null) {
            throw new InvalidParameterException("decisionNo", "the decision's number (up to 100 characters) and "
                    + "decisionDate are required");
        }
        if ((change.issuer() != null && change.issuer().length() > 200)
                || (change.note() != null && change.note().length() > 1000)) {
            throw new InvalidParameterException("note", "issuer takes up to 200 characters, note up to 1000");
        }
        return kind;
    }

    private static boolean inRange(Double value, double ceiling) {
        return value != null && value >= 0 && value <= ceiling;
    }

    /** The id of the target set, or none when an existing one is not at {@code version} (null: must be new). */
    private Optional<Long> upsert(long provinceId, int year, TargetMetric metric, Map<String, Object> columns,
            CurrentUser user, Integer version) {
        return jdbc.sql(UPSERT).param("unit", provinceId).param("year", year).param("metric", metric.code())
                .params(columns).param("user", user.username()).param("version", version == null ? -1 : version)
                .query(Long.class).optional();
    }

    private static Map<String, Object> columns(TargetChange change, String kind, LocalDate inForceFrom) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("value", change.value());
        columns.put("max", change.max());
        columns.put("kind", kind);
        columns.put("denominator", change.denominator());
        columns.put("decision_no", change.decisionNo().strip());
        columns.put("decision_date", change.decisionDate());
        columns.put("issuer", change.issuer());
        columns.put("in_force_from", inForceFrom);
        columns.put("note", change.note());
        return columns;
    }

    private List<Counted> count(long basisUnit, int first, int last) {
        return jdbc.sql(ACTUALS).param("basis", basisUnit).param("first", first).param("last", last)
                .query((rs, n) -> {
                    Map<String, Integer> values = new HashMap<>();
                    for (TargetMetric metric : TargetMetric.values()) {
                        if (metric.source() == TargetMetric.Source.COUNTED) {
                            Number value = (Number) rs.getObject(metric.code());
                            values.put(metric.code(), value == null ? null : value.intValue());
                        }
                    }
                    values.put("communes", rs.getInt("communes"));
                    values.put("villages", rs.getInt("villages"));
                    return new Counted(rs.getInt("year"), rs.getObject("as_of", LocalDate.class), values);
                }).list();
    }

    private TargetProgress score(Stored t, List<Counted> counted) {
        Map<Integer, Double> actuals = new TreeMap<>();
        Map<Integer, String> sources = new TreeMap<>();
        LocalDate asOf = null;
        Integer setSize = null;
        switch (t.metric().source()) {
            case COUNTED -> {
                for (Counted c : counted) {
                    Integer n = c.values().get(t.metric().code());
                    int size = c.values().get(t.metric().code().contains("villages") ? "villages" : "communes");
                    if (n != null && size > 0) {
                        double denominator = t.denominator() == null ? size : t.denominator();
                        actuals.put(c.year(), t.kind().equals("percent") ? round(n * 100.0 / denominator) : n);
                        asOf = c.asOf();
                        setSize = size;
                    }
                }
            }
            case MAP -> {
                Double value = t.basisUntil() == null ? mapValue(t.metric(), t.provinceCode()) : null;
                if (value != null) {
                    asOf = ReportingYears.asOf(years.latest());
                    actuals.put(years.latest(), value);
                }
            }
            case REPORTED -> jdbc.sql(OBSERVATIONS)
                    .param("province", t.provinceCode()).param("metric", t.metric().code())
                    .query(rs -> {
                        actuals.put(rs.getInt("year"), rs.getDouble("value"));
                        sources.put(rs.getInt("year"), rs.getString("source_document"));
                    });
        }
        if (t.metric().source() == TargetMetric.Source.REPORTED && !actuals.isEmpty()) {
            asOf = ReportingYears.asOf(((TreeMap<Integer, Double>) actuals).lastKey());
        }
        // A set that ceased before the target's year has no trend to that year.
        Double projected = ended(t) ? null : Trend.at(actuals, t.year());
        return new TargetProgress(t.id(), t.metric().code(), t.metric().nameVi(), t.year(), t.min(), t.max(), t.kind(),
                t.denominator(), t.basisUntil() == null ? "post_merger" : "pre_merger", setSize, t.basisUntil(),
                t.decisionNo(), t.decisionDate(), t.issuer(), t.inForceFrom(), t.replacedBy(), t.replacedByDecision(),
                t.replacedFrom(), t.note(), t.metric().basis(), t.metric().source().name().toLowerCase(), actuals,
                sources, asOf, projected, status(t, actuals, projected), t.version());
    }

    private Double mapValue(TargetMetric metric, String province) {
        MapIndicators.Coverage coverage = map.coverage(province);
        return switch (metric) {
            case PCT_COMMUNE_ROADS_HARDENED -> coverage.communeRoadsHardenedPercent();
            case PCT_RURAL_CLEAN_WATER -> coverage.villagesWithWaterPercent();
            case PCT_HOUSEHOLDS_GRID -> coverage.villagesWithPowerPercent();
            default -> coverage.communesWithWasteSitePercent();
        };
    }

    /**
     * replaced once its replacement is in force. When its unit set ended before the end of its year:
     * achieved if the set had reached it by its last day, otherwise not_comparable (the set is gone;
     * the new units are a different set). Otherwise achieved or missed by the year's actual, or
     * on_track / at_risk by the trend; no_data without actuals.
     */
    private static String status(Stored t, Map<Integer, Double> actuals, Double projected) {
        if (t.replacedFrom() != null && !t.replacedFrom().isAfter(LocalDate.now())) {
            return "replaced";
        }
        if (ended(t)) {
            Double last = actuals.isEmpty() ? null : ((TreeMap<Integer, Double>) actuals).lastEntry().getValue();
            return last != null && t.metric().reachedEarly(last, t.min()) ? "achieved" : "not_comparable";
        }
        if (actuals.isEmpty()) {
            return "no_data";
        }
        if (actuals.containsKey(t.year())) {
            return t.metric().meets(actuals.get(t.year()), t.min(), t.max()) ? "achieved" : "missed";
        }
        if (t.year() < ((TreeMap<Integer, Double>) actuals).firstKey()) {
            return "no_data";
        }
        return projected != null && t.metric().meets(projected, t.min(), t.max()) ? "on_track" : "at_risk";
    }

    /** Whether the target's unit set ended before the end of its year (a pre-merger set, after 2024). */
    private static boolean ended(Stored t) {
        return t.basisUntil() != null && !ReportingYears.asOf(t.year()).isBefore(t.basisUntil());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
