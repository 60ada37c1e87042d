package vn.ntm.tiles;

/** An attribute of a tile layer: its name, the SQL that computes it, and its TileJSON type. */
public record TileField(String name, String sql, String type) {

    static TileField text(String name, String sql) {
        return new TileField(name, sql, "String");
    }

    static TileField number(String name, String sql) {
        return new TileField(name, sql, "Number");
    }

    static TileField bool(String name, String sql) {
        return new TileField(name, sql, "Boolean");
    }
}
