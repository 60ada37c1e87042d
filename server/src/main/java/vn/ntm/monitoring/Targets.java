package vn.ntm.monitoring;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.audit.AuditLog;
import vn.ntm.common.ConflictException;
import vn.ntm.common.InvalidParameterException;
import vn.ntm.security.Action;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;
import vn.ntm.status.ReportingYears;
import vn.ntm.units.UnitRepository;

/** Targets of a province against the actual values, with a linear trend to the target year. */
@Component
public class Targets {

    public record TargetProgress(String metric, int year, double target, String kind, Double denominator, String note,
            String basis, Map<Integer, Double> actuals, Double projected, String status, int version) {
    }

    record TargetChange(Double value, Double denominator, String note, Integer version) {
    }

    private final JdbcClient jdbc;
    private final ProvinceIndicators indicators;
    private final MapIndicators map;
    private final ReportingYears years;
    private final Permissions permissions;
    private final AuditLog audit;
    private final UnitRepository units;

    Targets(JdbcClient jdbc, ProvinceIndicators indicators, MapIndicators map, ReportingYears years,
            Permissions permissions, AuditLog audit, UnitRepository units) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.map = map;
        this.years = years;
        this.permissions = permissions;
        this.audit = audit;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public List<TargetProgress> progress(String province) {
        Map<TargetMetric, Map<Integer, Double>> actuals = actuals(province);
        return jdbc.sql("""
                SELECT t.metric, t.year, t.target_value, t.value_kind, t.denominator::float8 AS denominator, t.note, t.row_version
                FROM target t JOIN admin_unit p ON p.id = t.unit_id
                WHERE p.level = 'province' AND p.code = :province AND p.valid_to IS NULL
                ORDER BY t.metric, t.year""").param("province", province)
                .query((rs, n) -> {
                    TargetMetric metric = TargetMetric.of(rs.getString("metric")).orElse(null);
                    Map<Integer, Double> series = metric == null ? Map.of() : actuals.get(metric);
                    int year = rs.getInt("year");
                    double target = rs.getDouble("target_value");
                    Double projected = Trend.at(series, year);
                    return new TargetProgress(rs.getString("metric"), year, target, rs.getString("value_kind"),
                            rs.getObject("denominator", Double.class), rs.getString("note"),
                            metric == null ? "Not computed by ntm-map" : metric.basis(), series, projected,
                            status(metric, series, year, target, projected), rs.getInt("row_version"));
                }).list();
    }

    @Transactional
    TargetProgress set(String province, int year, String metricCode, TargetChange change) {
        TargetMetric metric = TargetMetric.of(metricCode).orElseThrow(() -> new InvalidParameterException("metric",
                "must be one of " + String.join(", ", Arrays.stream(TargetMetric.values())
                        .map(TargetMetric::code).toList())));
        CurrentUser user = permissions.require(Action.MANAGE_TARGETS, province, null);
        if (change.value() == null || change.value() < 0
                || (metric.kind().equals("percent") && change.value() > 100)) {
            throw new InvalidParameterException("value", "must be a count, or a percentage from 0 to 100");
        }
        long provinceId = units.currentProvince(province).id();
        List<TargetProgress> before = progress(province);
        int updated = jdbc.sql("""
                INSERT INTO target (unit_id, year, metric, target_value, value_kind, denominator, note)
                VALUES (:unit, :year, :metric, :value, :kind, :denominator, :note)
                ON CONFLICT (unit_id, year, metric) DO UPDATE
                SET target_value = EXCLUDED.target_value, denominator = EXCLUDED.denominator, note = EXCLUDED.note,
                    row_version = target.row_version + 1
                WHERE target.row_version = :version""")
                .param("unit", provinceId).param("year", year).param("metric", metric.code())
                .param("value", change.value()).param("kind", metric.kind()).param("denominator", change.denominator())
                .param("note", change.note()).param("version", change.version() == null ? -1 : change.version())
                .update();
        if (updated == 0) {
            throw new ConflictException("The " + metric.code() + " target for " + year
                    + " was changed by someone else; reload it and set it again");
        }
        TargetProgress after = progress(province).stream()
                .filter(t -> t.metric().equals(metric.code()) && t.year() == year).findFirst().orElseThrow();
        audit.record(user, "set", "target", province + "/" + year + "/" + metric.code(), province,
                before.stream().filter(t -> t.metric().equals(metric.code()) && t.year() == year).findFirst()
                        .orElse(null), after);
        return after;
    }

    private static String status(TargetMetric metric, Map<Integer, Double> series, int year, double target,
            Double projected) {
        if (metric == null || series.isEmpty()) {
            return "no_data";
        }
        if (series.containsKey(year)) {
            return metric.meets(series.get(year), target) ? "achieved" : "missed";
        }
        if (year < ((TreeMap<Integer, Double>) series).firstKey()) {
            return "no_data";
        }
        return projected != null && metric.meets(projected, target) ? "on_track" : "at_risk";
    }

    private Map<TargetMetric, Map<Integer, Double>> actuals(String province) {
        Map<TargetMetric, Map<Integer, Double>> actuals = new EnumMap<>(TargetMetric.class);
        for (TargetMetric metric : TargetMetric.values()) {
            actuals.put(metric, new TreeMap<>());
        }
        for (int year : years.available()) {
            ProvinceIndicators.Summary summary = indicators.summary(province, year);
            actuals.get(TargetMetric.COMMUNES_STANDARD).put(year, (double) summary.communes().atLeast().get("standard"));
            actuals.get(TargetMetric.COMMUNES_ADVANCED).put(year, (double) summary.communes().atLeast().get("advanced"));
            actuals.get(TargetMetric.COMMUNES_MODEL).put(year, (double) summary.communes().atLeast().get("model"));
            if (summary.communesBelow15() != null) {
                actuals.get(TargetMetric.COMMUNES_BELOW_15).put(year, (double) summary.communesBelow15());
            }
            map.povertyRate(province, year).ifPresent(v -> actuals.get(TargetMetric.POVERTY_RATE).put(year, v));
        }
        int latest = years.latest();
        MapIndicators.Coverage coverage = map.coverage(province);
        actuals.get(TargetMetric.PCT_COMMUNE_ROADS_HARDENED).put(latest, coverage.communeRoadsHardenedPercent());
        actuals.get(TargetMetric.PCT_RURAL_CLEAN_WATER).put(latest, coverage.villagesWithWaterPercent());
        actuals.get(TargetMetric.PCT_HOUSEHOLDS_GRID).put(latest, coverage.villagesWithPowerPercent());
        actuals.get(TargetMetric.PCT_SOLID_WASTE_COLLECTED).put(latest, coverage.communesWithWasteSitePercent());
        return actuals;
    }
}
