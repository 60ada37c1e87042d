package vn.ntm.tiles;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.themes.Theme;
import vn.ntm.years.ReportingYears;

/** Renders tiles with one SQL statement each. */
@Repository
class TileRepository {

    /** Width of the Web Mercator world in metres. */
    private static final double WORLD = 40_075_016.685_578_5;
    /** Simplify to a quarter of a screen pixel of a 256-pixel tile. */
    private static final double TOLERANCE_PER_TILE = 1.0 / 1024;

    private final JdbcClient jdbc;

    TileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    byte[] render(TileLayer layer, int z, int x, int y, int year, Theme theme) {
        double tolerance = WORLD / (1L << z) * TOLERANCE_PER_TILE;
        byte[] tile = jdbc.sql(layer.sql())
                .param("z", z).param("x", x).param("y", y)
                .param("tolerance", tolerance)
                .param("as_of", ReportingYears.asOf(year))
                .param("year", year)
                .param("theme_kind", theme.kind()).param("theme_key", theme.key())
                .query(byte[].class).optional().orElse(null);
        return tile == null ? new byte[0] : tile;
    }

    /** The version of a data source; it changes with every write to the source (0 before the first). */
    long version(String source) {
        return jdbc.sql("SELECT version FROM data_version WHERE source = :source").param("source", source)
                .query(Long.class).optional().orElse(0L);
    }

    /** Every data source's version. */
    Map<String, Long> versions() {
        return jdbc.sql("SELECT source, version FROM data_version")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
