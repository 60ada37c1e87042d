package vn.ntm.tiles;

import java.util.List;
import java.util.stream.Collectors;

import vn.ntm.common.Sql;

/**
 * A vector-tile layer, described once: its names in Vietnamese and English, the data source whose
 * version makes its ETag, the table and rows it reads, its attributes, and the lowest zoom it is
 * drawn at. Tiles, TileJSON and the catalogue are all derived from this description.
 */
public record TileLayer(String name, String nameVi, String nameEn, String description, String source, String table,
        String filter, List<TileField> fields, int minZoom) {

    static final int MAX_ZOOM = 22;

    private static final String TEMPLATE = Sql.load(TileLayer.class, "tile.sql");

    /** The data_version row that changes with the layer's data: a category's own for infrastructure (V31). */
    String dataVersionSource() {
        return source.equals("infrastructure") ? source + ":" + name : source;
    }

    /**
     * The version of the layer's tiles, carried by their URLs: its data version, and a hash of its statement so
     * that a release changing what its tiles hold changes it too.
     */
    String version(long dataVersion) {
        return dataVersion + "-" + Integer.toHexString(sql().hashCode());
    }

    /** The layer's tile statement, with bind parameters :z :x :y :tolerance :as_of :year. */
    String sql() {
        String attributes = fields.stream().map(f -> f.sql() + " AS " + f.name()).collect(Collectors.joining(", "));
        return TEMPLATE.formatted(attributes, table, filter, name);
    }
}
