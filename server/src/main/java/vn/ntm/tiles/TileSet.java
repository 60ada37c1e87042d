package vn.ntm.tiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.common.Sql;
import vn.ntm.themes.Theme;

/**
 * The tiles of some communes at some zooms, every layer drawn there, addressed as the map page asks
 * for them; their size estimated by rendering one tile per layer and zoom (the middle one of the
 * zoom's tiles) and counting each of the others as large.
 */
@Component
public class TileSet {

    private static final String COMMUNE_TILES = Sql.load(TileSet.class, "commune-tiles.sql");

    private final JdbcClient jdbc;
    private final TileLayers layers;
    private final TileRepository tiles;

    TileSet(JdbcClient jdbc, TileLayers layers, TileRepository tiles) {
        this.jdbc = jdbc;
        this.layers = layers;
        this.tiles = tiles;
    }

    /** Addresses and estimated bytes of the tiles. */
    public record Estimate(List<String> urls, long bytes) {
    }

    private record Tile(int z, int x, int y) {
    }

    /** The tiles touching these communes at zooms minZoom to maxZoom, of one year. */
    public Estimate communes(String[] codes, int minZoom, int maxZoom, int year) {
        Map<Integer, List<Tile>> byZoom = new TreeMap<>();
        jdbc.sql(COMMUNE_TILES).param("codes", codes).param("min_zoom", minZoom).param("max_zoom", maxZoom)
                .query(Tile.class).list().forEach(t -> byZoom.computeIfAbsent(t.z(), z -> new ArrayList<>()).add(t));
        // The query as the map page writes it (version first), so the page finds the kept tiles offline: one
        // version read per layer, not per zoom.
        Map<String, String> queries = new HashMap<>();
        layers.all().forEach(layer -> queries.put(layer.name(),
                ".mvt?v=" + layer.version(tiles.version(layer.dataVersionSource())) + "&year=" + year));
        List<String> urls = new ArrayList<>();
        long bytes = 0;
        for (List<Tile> zoom : byZoom.values()) {
            Tile middle = zoom.get(zoom.size() / 2);
            for (TileLayer layer : layers.all()) {
                if (middle.z() < layer.minZoom()) {
                    continue;
                }
                bytes += (long) zoom.size()
                        * tiles.render(layer, middle.z(), middle.x(), middle.y(), year, Theme.STATUS).length;
                String query = queries.get(layer.name());
                zoom.forEach(t -> urls.add("/tiles/" + layer.name() + "/" + t.z() + "/" + t.x() + "/" + t.y() + query));
            }
        }
        return new Estimate(urls, bytes);
    }
}
