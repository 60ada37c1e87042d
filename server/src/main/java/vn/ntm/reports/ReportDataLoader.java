package vn.ntm.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.common.Sql;
import vn.ntm.monitoring.ProvinceIndicators;
import vn.ntm.monitoring.Targets;
import vn.ntm.status.StatusRepository;
import vn.ntm.units.UnitRepository;

/** Reads a province's report data in one read-only transaction, so every figure is of one moment. */
@Component
class ReportDataLoader {

    private static final String COMMUNES = Sql.load(ReportDataLoader.class, "communes.sql");
    private static final String VILLAGES = Sql.load(ReportDataLoader.class, "villages.sql");

    private final JdbcClient jdbc;
    private final ProvinceIndicators indicators;
    private final Targets targets;
    private final StatusRepository statuses;
    private final UnitRepository units;

    ReportDataLoader(JdbcClient jdbc, ProvinceIndicators indicators, Targets targets, StatusRepository statuses,
            UnitRepository units) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.targets = targets;
        this.statuses = statuses;
        this.units = units;
    }

    @Transactional(readOnly = true)
    ReportData load(String province, int year, ReportPeriod period) {
        String name = units.currentProvince(province).fullName();
        Map<Integer, ProvinceIndicators.Summary> history = new TreeMap<>();
        // Whole years only: a six-monthly report's own year is not over.
        int last = period == ReportPeriod.YEAR ? year : year - 1;
        targets.dataYears().stream().filter(y -> y <= last).forEach(y -> history.put(y, indicators.summary(province, y)));
        LocalDate asOf = period.end(year);
        List<ReportData.CommuneRow> communes = new ArrayList<>();
        boolean[] demo = {false};
        WKBReader wkb = new WKBReader();
        jdbc.sql(COMMUNES).param("province", province).param("year", year).param("as_of", asOf).query(rs -> {
            demo[0] |= rs.getBoolean("demo");
            byte[] outline = rs.getBytes("outline");
            try {
                communes.add(new ReportData.CommuneRow(rs.getString("code"), rs.getString("full_name"),
                        rs.getString("status"), rs.getObject("met", Integer.class), rs.getInt("total"), rs.getInt("poor"),
                        rs.getInt("unhardened"), outline == null ? null : wkb.read(outline)));
            } catch (ParseException e) {
                throw new IllegalStateException("PostGIS returned unreadable WKB", e);
            }
        });
        ReportData.Villages villages = jdbc.sql(VILLAGES).param("province", province).param("as_of", asOf)
                .query((rs, n) -> new ReportData.Villages(rs.getInt("total"), rs.getInt("recognised"))).single();
        return new ReportData(province, name, year, period, OffsetDateTime.now(), indicators.summary(province, year),
                history, communes, targets.progress(province), indicators.checks(province, year), statuses.levels(),
                villages, demo[0]);
    }
}
