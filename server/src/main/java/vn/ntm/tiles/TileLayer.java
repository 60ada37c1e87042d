package vn.ntm.tiles;

import vn.ntm.common.Sql;

/**
 * A vector-tile layer, described once: the table it reads, which rows, and which attributes.
 * Every endpoint of the layer (tiles, TileJSON) derives from this description.
 */
record TileLayer(String name, String table, String filter, String attributes, String description) {

    private static final String TEMPLATE = Sql.load(TileLayer.class, "tile.sql");

    /** The layer's tile statement, with bind parameters :z :x :y :tolerance :as_of :year. */
    String sql() {
        return TEMPLATE.formatted(attributes, table, filter, name);
    }
}
