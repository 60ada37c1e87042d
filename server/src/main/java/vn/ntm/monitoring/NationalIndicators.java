package vn.ntm.monitoring;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.common.Sql;

/**
 * The central office's view: every current province's figures of {@link ProvinceIndicators} side by
 * side, with its communes_standard target, and the country's, which are their sum (one statement).
 */
@Component
class NationalIndicators {

    private static final String NATIONAL = Sql.load(NationalIndicators.class, "national-indicators.sql");

    /** The country ({@code country}, no code) and its provinces by name, in {@code year}. */
    record National(int year, Row country, List<Row> provinces) {
    }

    /**
     * One province's figures, or the country's: NTM-assessed xã (communes), at each level or above and
     * their share, wards not assessed, average standard criteria met over the communes with results
     * (null without any), villages; for a province, its communes_standard target (null without one:
     * its year, value, kind, denominator, decision and whether set on the pre-merger units).
     */
    record Row(String code, String name, String fullName, String nameEn, int communes, int communesNotAssessed,
            int communesStandard, int communesAdvanced, int communesModel, Double standardPercent,
            Double advancedPercent, Double modelPercent, int communesWithResults, int criteriaTotal,
            Double averageCriteriaMet, int villages, int villagesStandard, Integer targetYear, Double targetValue,
            Double targetMax, String targetKind, Double targetDenominator, String targetDecision,
            Boolean targetPreMerger) {
    }

    private final JdbcClient jdbc;

    NationalIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    National of(int year) {
        List<Row> rows = jdbc.sql(NATIONAL).param("year", year).query(Row.class).list();
        return new National(year, rows.get(0), rows.subList(1, rows.size()));
    }
}
