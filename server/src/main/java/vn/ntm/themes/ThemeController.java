package vn.ntm.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.Params;
import vn.ntm.common.Sql;
import vn.ntm.years.ReportingYears;

/** The themes the map can colour units by, and a theme's legend: class breaks and exact counts. */
@RestController
class ThemeController {

    private static final String LEGEND = Sql.load(ThemeController.class, "legend.sql");
    private static final Set<String> METHODS = Set.of("quantile", "equal", "threshold");
    private static final int MIN_CLASSES = 2;
    private static final int MAX_CLASSES = 9;

    private final Themes themes;
    private final ReportingYears years;
    private final JdbcClient jdbc;

    ThemeController(Themes themes, ReportingYears years, JdbcClient jdbc) {
        this.themes = themes;
        this.years = years;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/themes")
    List<ThemeEntry> list(@RequestParam(required = false) Integer year) {
        return themes.catalog(years.resolve(year));
    }

    /**
     * A numeric theme is classed by quantiles (default), equal intervals, or its own threshold (met or not);
     * the others have a class per value.
     */
    @GetMapping("/api/themes/legend")
    ThemeLegend legend(@RequestParam String theme, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String province, @RequestParam(defaultValue = "commune") String level,
            @RequestParam(defaultValue = "quantile") String method, @RequestParam(defaultValue = "5") int classes) {
        ThemeEntry entry = themes.entry(theme).orElseThrow(Themes::unknown);
        Theme parsed = Themes.theme(entry.id());
        if (!level.equals("commune") && !level.equals("village")) {
            throw new InvalidParameterException("level", "must be commune or village");
        }
        if (!METHODS.contains(method)) {
            throw new InvalidParameterException("method", "must be quantile, equal or threshold");
        }
        if (classes < MIN_CLASSES || classes > MAX_CLASSES) {
            throw new InvalidParameterException("classes", "must be between " + MIN_CLASSES + " and " + MAX_CLASSES);
        }
        boolean numeric = entry.type().equals("numeric");
        String sqlMethod = !numeric ? "value" : method.equals("threshold") ? "met" : method;
        int resolvedYear = years.resolve(year);
        List<ThemeClass> rows = new ArrayList<>();
        int[] others = new int[2];
        jdbc.sql(LEGEND).param("kind", parsed.kind()).param("key", parsed.key()).param("year", resolvedYear)
                .param("level", level).param("as_of", ReportingYears.asOf(resolvedYear))
                .param("province", Params.provinceCode(province)).param("method", sqlMethod).param("classes", classes)
                .query(rs -> {
                    switch (rs.getString("kind")) {
                        case "no_data" -> others[0] = rs.getInt("n");
                        case "not_assessed" -> others[1] = rs.getInt("n");
                        default -> rows.add(new ThemeClass(rs.getBigDecimal("value"), rs.getBigDecimal("lower"),
                                rs.getBigDecimal("upper"), rs.getInt("n")));
                    }
                });
        return new ThemeLegend(entry.id(), entry.type(), entry.unit(), resolvedYear, level,
                numeric ? method : "value", rows, others[0], others[1]);
    }
}
