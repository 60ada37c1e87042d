package vn.ntm.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.common.Sql;
import vn.ntm.infrastructure.VillageFacilities;
import vn.ntm.units.UnitRepository;

/** Indicators computed from infrastructure and boundaries, to compare with what communes declare. */
@Component
class MapIndicators {

    private static final String SQL = Sql.load(MapIndicators.class, "map-indicators.sql");
    private static final String DECLARED = Sql.load(MapIndicators.class, "declared-indicators.sql");
    private static final String WASTE_SITE_COVERAGE = Sql.load(MapIndicators.class, "waste-site-coverage.sql");

    /**
     * Road length of a class: {@code paved} is asphalt or concrete (nhựa hóa, bê tông hóa: indicator
     * 2.1), {@code hardened} also counts gravel (cứng hóa: indicator 2.2).
     */
    record RoadClass(String roadClass, double lengthKm, double hardenedKm, Double hardenedPercent, double pavedKm,
            Double pavedPercent) {
    }

    record Facility(String category, int villagesWith, int villages, Double percent) {
    }

    record FarVillage(String facility, String village, Double km) {
    }

    /**
     * What a commune declared for an indicator in a year beside what the map shows; {@code basis}
     * names the map figure, {@code ruleVi}/{@code ruleEn} state the indicator's rule it is computed
     * with, {@code differs} flags a gap of more than {@link #TOLERANCE} points.
     */
    record Comparison(String indicator, String nameVi, String nameEn, Double declared, Double map, String basis,
            String ruleVi, String ruleEn, boolean differs) {
    }

    record Report(List<RoadClass> roads, List<Facility> facilities, double maxKm, List<FarVillage> farVillages,
            Integer year, List<Comparison> comparisons) {
    }

    /** Percentage points by which a declared figure may differ from the map before it is flagged. */
    static final double TOLERANCE = 10;

    /** Province-wide coverage, the actuals of the infrastructure targets. */
    record Coverage(Double communeRoadsHardenedPercent, Double villagesWithWaterPercent,
            Double villagesWithPowerPercent, Double communesWithWasteSitePercent) {
    }

    private final JdbcClient jdbc;
    private final UnitRepository units;

    MapIndicators(JdbcClient jdbc, UnitRepository units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    Report report(long unitId, double maxKm) {
        return report(unitId, maxKm, null);
    }

    /** The map's figures for a unit; for a commune and a year, beside what the commune declared. */
    Report report(long unitId, double maxKm, Integer year) {
        List<RoadClass> roads = new ArrayList<>();
        List<Facility> facilities = new ArrayList<>();
        List<FarVillage> far = new ArrayList<>();
        jdbc.sql(SQL).param("unit_id", unitId).param("max_km", maxKm).param("village_facilities", VillageFacilities.categories())
                .query(rs -> {
                    double a = rs.getDouble("a");
                    switch (rs.getString("kind")) {
                        case "road" -> roads.add(new RoadClass(rs.getString("name"), a, rs.getDouble("b"),
                                percent(rs.getDouble("b"), a), rs.getDouble("c"), percent(rs.getDouble("c"), a)));
                        case "facility" -> facilities.add(new Facility(rs.getString("name"), (int) a,
                                rs.getInt("b"), percent(a, rs.getDouble("b"))));
                        default -> far.add(new FarVillage(rs.getString("name"), rs.getString("extra"),
                                rs.getObject("a", Double.class)));
                    }
                });
        Map<String, Double> fromMap = new LinkedHashMap<>();
        roads.forEach(r -> {
            fromMap.put("road:" + r.roadClass() + ":hardened", r.hardenedPercent());
            fromMap.put("road:" + r.roadClass() + ":paved", r.pavedPercent());
        });
        facilities.forEach(f -> fromMap.put("facility:" + f.category(), f.percent()));
        List<Comparison> comparisons = year == null ? List.of() : jdbc.sql(DECLARED).param("unit_id", unitId)
                .param("year", year).query((rs, n) -> {
                    Double declared = rs.getObject("declared", Double.class);
                    Double map = fromMap.get(rs.getString("basis"));
                    return new Comparison(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
                            declared, map, rs.getString("basis"), rs.getString("rule_vi"), rs.getString("rule_en"),
                            declared != null && map != null && Math.abs(declared - map) > TOLERANCE);
                }).list();
        return new Report(roads, facilities, maxKm, far, year, comparisons);
    }

    Coverage coverage(String province) {
        Report report = report(units.currentProvince(province).id(), Double.MAX_VALUE);
        Map<String, Facility> byCategory = new LinkedHashMap<>();
        report.facilities().forEach(f -> byCategory.put(f.category(), f));
        Double roads = report.roads().stream().filter(r -> r.roadClass().equals("xa")).findFirst()
                .map(RoadClass::hardenedPercent).orElse(null);
        Double waste = jdbc.sql(WASTE_SITE_COVERAGE)
                .param("p", province).query(Double.class).optional().orElse(null);
        return new Coverage(roads, percentOf(byCategory.get("water_supply")), percentOf(byCategory.get("power")),
                waste);
    }

    private static Double percentOf(Facility facility) {
        return facility == null ? null : facility.percent();
    }

    private static Double percent(double part, double whole) {
        return whole == 0 ? null : Math.round(part * 1000 / whole) / 10.0;
    }
}
