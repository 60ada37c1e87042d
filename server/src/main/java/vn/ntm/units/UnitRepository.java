package vn.ntm.units;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.common.NotFoundException;
import vn.ntm.common.Sql;
import vn.ntm.years.ReportingYears;

/** Reads administrative units. */
@Repository
public class UnitRepository {

    private static final String FIND_UNITS = Sql.load(UnitRepository.class, "find-units.sql");
    private static final String FIND_UNIT = Sql.load(UnitRepository.class, "find-unit.sql");
    private static final String FIND_PREDECESSORS = Sql.load(UnitRepository.class, "find-predecessors.sql");
    private static final String PREDECESSOR_HISTORY = Sql.load(UnitRepository.class, "predecessor-history.sql");
    private static final String CURRENT_PROVINCE = Sql.load(UnitRepository.class, "current-province.sql");
    private static final String PROVINCES_EXTENT = Sql.load(UnitRepository.class, "provinces-extent.sql");

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UnitPage find(UnitQuery query) {
        return page(query.year(), jdbc.sql(FIND_UNITS)
                .param("year", query.year())
                .param("as_of", ReportingYears.asOf(query.year()))
                .param("level", query.level() == null ? null : query.level().code())
                .param("province", query.province())
                .param("parent", query.parent())
                .param("q", query.likeFragment())
                .param("lon", null)
                .param("lat", null)
                .param("limit", query.limit())
                .param("offset", query.offset()));
    }

    /** The provinces standing in {@code year}. */
    public List<UnitSummary> provinces(int year) {
        return find(new UnitQuery(UnitLevel.PROVINCE, null, null, null, year, UnitQuery.MAX_LIMIT, 0)).items();
    }

    Optional<UnitSummary> findAt(double lon, double lat, UnitLevel level, int year) {
        return page(year, jdbc.sql(FIND_UNITS)
                .param("year", year)
                .param("as_of", ReportingYears.asOf(year))
                .param("level", level.code())
                .param("province", null)
                .param("parent", null)
                .param("q", null)
                .param("lon", lon)
                .param("lat", lat)
                .param("limit", 1)
                .param("offset", 0)).items().stream().findFirst();
    }

    /** The unit with this code standing in {@code year}, else its newest version. */
    public Optional<UnitRecord> findByCode(String code, int year) {
        return jdbc.sql(FIND_UNIT)
                .param("code", code)
                .param("as_of", ReportingYears.asOf(year))
                .query((rs, n) -> new UnitRecord(
                        rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("full_name"),
                        rs.getString("name_en"), rs.getString("level"), rs.getString("kind"),
                        rs.getString("province_code"), rs.getBigDecimal("area_km2"), rs.getBoolean("is_demo"),
                        rs.getString("data_source"), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class),
                        rs.getString("parent_code") == null ? null : new UnitRef(rs.getString("parent_code"),
                                rs.getString("parent_name"), rs.getString("parent_full_name")),
                        bbox(rs), rs.getBoolean("assessed")))
                .optional();
    }

    public List<Predecessor> predecessors(long unitId) {
        return jdbc.sql(FIND_PREDECESSORS).param("id", unitId).query(Predecessor.class).list();
    }

    private static UnitPage page(int year, JdbcClient.StatementSpec statement) {
        long[] total = {0};
        List<UnitSummary> items = statement.query((rs, n) -> {
            total[0] = rs.getLong("total");
            return new UnitSummary(rs.getString("code"), rs.getString("name"), rs.getString("full_name"),
                    rs.getString("level"), rs.getString("kind"), rs.getString("parent_code"),
                    rs.getString("province_code"), rs.getString("status"),
                    rs.getObject("criteria_met", Integer.class),
                    rs.getObject("criteria_total", Integer.class), bbox(rs), rs.getBoolean("is_demo"),
                    rs.getBoolean("assessed"));
        }).list();
        return new UnitPage(year, total[0], items);
    }

    private static List<Double> bbox(ResultSet rs) throws SQLException {
        double minX = rs.getDouble("min_x");
        if (rs.wasNull()) {
            return null;
        }
        return List.of(minX, rs.getDouble("min_y"), rs.getDouble("max_x"), rs.getDouble("max_y"));
    }

    /** Where the unit's predecessors stood at the end of each year from {@code firstYear} until it was formed. */
    public List<PredecessorYear> predecessorHistory(long id, int firstYear) {
        return jdbc.sql(PREDECESSOR_HISTORY).param("id", id).param("first_year", firstYear)
                .query(PredecessorYear.class).list();
    }

    /** The current province with this code; 404 when there is none. */
    public Province currentProvince(String code) {
        return jdbc.sql(CURRENT_PROVINCE).param("code", code).query(Province.class).optional()
                .orElseThrow(() -> new NotFoundException("No province has the code '" + code + "'"));
    }

    /** The extent of the current provinces in lon/lat (the Web Mercator world when there are none). */
    public List<Double> provincesExtent() {
        return jdbc.sql(PROVINCES_EXTENT)
                .query((rs, n) -> List.of(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4))).single();
    }
}
