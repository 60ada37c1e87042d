package vn.ntm.ogc;

import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.common.Sql;
import vn.ntm.tiles.TileLayer;
import vn.ntm.years.ReportingYears;

/** Reads a collection's features as GeoJSON with one statement, from the layer catalogue. */
@Repository
class OgcFeatures {

    private static final String ITEMS = Sql.load(OgcFeatures.class, "items.sql");

    private final JdbcClient jdbc;

    OgcFeatures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Features in {@code bbox} (lon/lat; null for all), or the one with {@code id} when it is not null. */
    FeaturePage page(TileLayer layer, double[] bbox, Long id, int year, int limit, long offset) {
        String properties = layer.fields().stream().map(f -> "'" + f.name() + "', " + f.sql())
                .collect(Collectors.joining(", "));
        return jdbc.sql(ITEMS.formatted(properties, layer.table(), layer.filter()))
                .param("min_x", bbox == null ? null : bbox[0]).param("min_y", bbox == null ? null : bbox[1])
                .param("max_x", bbox == null ? null : bbox[2]).param("max_y", bbox == null ? null : bbox[3])
                .param("id", id).param("as_of", ReportingYears.asOf(year)).param("year", year)
                // No theme: a unit's theme attributes (value, met) are null here, as on the status map.
                .param("theme_kind", null).param("theme_key", null)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new FeaturePage(rs.getLong("matched"), rs.getString("features"))).single();
    }
}
