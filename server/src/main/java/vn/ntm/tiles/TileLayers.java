package vn.ntm.tiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalogue of map layers: provinces, communes, villages, and one per row of infra_category,
 * read from the database so that a new category is served without a restart; served as vector
 * tiles, as the catalogue the map page builds its layers from, and as OGC API Features collections.
 */
@Component
public class TileLayers {

    private static final Logger LOG = LoggerFactory.getLogger(TileLayers.class);

    private static final String STANDING = "t.valid_from <= :as_of AND (t.valid_to IS NULL OR t.valid_to > :as_of)";
    /** Infrastructure is drawn from this zoom on: below it a national tile would hold too many features. */
    static final int INFRASTRUCTURE_MIN_ZOOM = 9;
    /**
     * Roads from zoom 11: at national density (a million segments) a zoom-9 tile holds some 27,000 of
     * them, 0.8 MB; a zoom-11 tile about 1,700, 48 kB (bench/scale.sh).
     */
    static final int ROAD_MIN_ZOOM = 11;
    /**
     * Villages from zoom 10: with some 80,000 of them nationally a zoom-8 tile over the Red River delta holds
     * 13,000 villages, 0.7 MB, a zoom-9 tile 0.3 MB, a zoom-10 tile at most 72 kB (bench/national.sh).
     */
    static final int VILLAGE_MIN_ZOOM = 10;
    /**
     * Whether NTM assesses the unit (a xã and its villages, not a ward): ntm_assessed() (V16) for a
     * commune, and for a village its commune, through the function ntm_assessed() itself calls. Calling
     * ntm_assessed(t.id) would look the unit up again: a z8 commune tile took 18% longer, this 8%.
     */
    private static final TileField COMMUNE_ASSESSED = TileField.bool("assessed", "ntm_assessed_commune(t.id, t.kind)");
    private static final TileField VILLAGE_ASSESSED = TileField.bool("assessed",
            "coalesce((SELECT ntm_assessed_commune(p.id, p.kind) FROM admin_unit p WHERE p.id = t.parent_id), false)");

    /**
     * The unit's value on the theme the tile was asked for ({@code ?theme=}, see vn.ntm.themes) and whether
     * it meets the theme's threshold; both absent (no data, or the status map) when NULL.
     */
    private static final TileField THEME_VALUE = TileField.number("value", "theme_value(t.id, :theme_kind, :theme_key, :year)::float8");

    private static TileField themeMet(String level) {
        return TileField.bool("met", "theme_met(t.id, :theme_kind, :theme_key, :year, '" + level + "')");
    }

    private static final List<TileLayer> UNIT_LAYERS = List.of(
            new TileLayer("provinces", "Ranh giới tỉnh", "Province outlines", "Province outlines", "units",
                    "admin_unit", "t.level = 'province' AND " + STANDING,
                    List.of(TileField.text("code", "t.code"), TileField.text("name", "t.name")), 0),
            new TileLayer("communes", "Xã, phường theo mức đạt chuẩn", "Communes by status",
                    "Communes with their NTM status and criteria met in the year", "units", "admin_unit",
                    "t.level = 'commune' AND " + STANDING,
                    List.of(TileField.text("code", "t.code"), TileField.text("name", "t.name"),
                            TileField.text("status", "status_at(t.id, :as_of)"),
                            TileField.number("criteria_met", "criteria_met(t.id, :year)"),
                            TileField.number("criteria_total", "criteria_total('commune', :year)"), COMMUNE_ASSESSED,
                            THEME_VALUE, themeMet("commune")),
                    0),
            new TileLayer("villages", "Thôn, bản", "Villages", "Villages (thôn/bản) with their NTM status", "units",
                    "admin_unit", "t.level = 'village' AND " + STANDING,
                    List.of(TileField.text("code", "t.code"), TileField.text("name", "t.name"),
                            TileField.text("status", "status_at(t.id, :as_of)"),
                            TileField.text("commune", "(SELECT p.code FROM admin_unit p WHERE p.id = t.parent_id)"),
                            TileField.bool("demo", "t.is_demo"), VILLAGE_ASSESSED, THEME_VALUE, themeMet("village")),
                    VILLAGE_MIN_ZOOM));

    /** How often at most an unknown layer name rereads the categories (anyone can ask for any name). */
    private static final long RELOAD_MILLIS = 5_000;

    private final JdbcClient jdbc;
    private volatile Map<String, TileLayer> layers;
    private volatile long loadedAt;

    TileLayers(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.layers = load();
    }

    /**
     * A layer by name; a name not seen before that could be a category rereads the categories, in case one was
     * added, at most every few seconds.
     */
    public Optional<TileLayer> find(String name) {
        TileLayer layer = layers.get(name);
        if (layer != null || !name.matches("[a-z_]+") || System.currentTimeMillis() - loadedAt < RELOAD_MILLIS) {
            return Optional.ofNullable(layer);
        }
        return Optional.ofNullable(load().get(name));
    }

    /** Every layer, the categories read afresh. */
    public List<TileLayer> all() {
        return List.copyOf(load().values());
    }

    private Map<String, TileLayer> load() {
        Map<String, TileLayer> loaded = new LinkedHashMap<>();
        UNIT_LAYERS.forEach(layer -> loaded.put(layer.name(), layer));
        jdbc.sql("SELECT code, name_vi, name_en FROM infra_category ORDER BY sort")
                .query((rs, n) -> infrastructure(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en")))
                .list().forEach(layer -> {
                    if (!layer.name().matches("[a-z_]+") || loaded.containsKey(layer.name()) || layer.name().equals("index")) {
                        LOG.warn("Infrastructure category '{}' is not served: its code is unfit for a layer name "
                                + "(a-z and _, not a unit layer's name nor 'index', the catalogue's)",
                                layer.name());
                    } else {
                        loaded.put(layer.name(), layer);
                    }
                });
        layers = loaded;
        loadedAt = System.currentTimeMillis();
        return loaded;
    }

    /** A category's layer; its code goes into the SQL, so it is served only when it is [a-z_]+ (see load). */
    private static TileLayer infrastructure(String category, String nameVi, String nameEn) {
        return new TileLayer(category, nameVi, nameEn, nameEn + " (infrastructure)", "infrastructure", "infrastructure",
                "t.category = '" + category + "' AND t.status <> 'decommissioned'",
                List.of(TileField.number("id", "t.id"), TileField.text("category", "t.category"),
                        TileField.text("subtype", "t.subtype"), TileField.text("name", "t.name"),
                        TileField.text("condition", "t.condition"), TileField.text("status", "t.status"),
                        TileField.text("surface", "t.surface"), TileField.bool("hardened", "t.hardened"),
                        TileField.text("commune", "(SELECT p.code FROM admin_unit p WHERE p.id = t.commune_id)"),
                        TileField.bool("demo", "t.is_demo")),
                category.equals("road") ? ROAD_MIN_ZOOM : INFRASTRUCTURE_MIN_ZOOM);
    }
}
