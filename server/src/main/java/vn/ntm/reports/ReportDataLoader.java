package vn.ntm.reports;

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
import vn.ntm.status.ReportingYears;
import vn.ntm.status.StatusRepository;
import vn.ntm.units.UnitRepository;

/** Reads a province's report data in one read-only transaction, so every figure is of one moment. */
@Component
class ReportDataLoader {

    private static final String COMMUNES = Sql.load(ReportDataLoader.class, "communes.sql");

    private final JdbcClient jdbc;
    private final ProvinceIndicators indicators;
    private final Targets targets;
    private final StatusRepository statuses;
    private final ReportingYears years;
    private final UnitRepository units;

    ReportDataLoader(JdbcClient jdbc, ProvinceIndicators indicators, Targets targets, StatusRepository statuses,
            ReportingYears years, UnitRepository units) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.targets = targets;
        this.statuses = statuses;
        this.years = years;
        this.units = units;
    }

    @Transactional(readOnly = true)
    ReportData load(String province, int year) {
        String name = units.currentProvince(province).fullName();
        Map<Integer, ProvinceIndicators.Summary> history = new TreeMap<>();
        years.available().stream().filter(y -> y <= year).forEach(y -> history.put(y, indicators.summary(province, y)));
        List<ReportData.CommuneRow> communes = new ArrayList<>();
        boolean[] demo = {false};
        WKBReader wkb = new WKBReader();
        jdbc.sql(COMMUNES).param("province", province).param("year", year).query(rs -> {
            demo[0] |= rs.getBoolean("demo");
            try {
                communes.add(new ReportData.CommuneRow(rs.getString("code"), rs.getString("full_name"),
                        rs.getString("status"), rs.getInt("met"), rs.getInt("total"), rs.getInt("poor"),
                        rs.getInt("unhardened"), wkb.read(rs.getBytes("outline"))));
            } catch (ParseException e) {
                throw new IllegalStateException("PostGIS returned unreadable WKB", e);
            }
        });
        return new ReportData(province, name, year, OffsetDateTime.now(), indicators.summary(province, year), history,
                communes, targets.progress(province), indicators.checks(province, year), statuses.levels(), demo[0]);
    }
}
