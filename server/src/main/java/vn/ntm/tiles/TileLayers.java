package vn.ntm.tiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalogue of map layers: provinces, communes, villages, and one per infrastructure category;
 * served as vector tiles and as OGC API Features collections.
 */
@Component
public class TileLayers {

    private static final String STANDING = "t.valid_from <= :as_of AND (t.valid_to IS NULL OR t.valid_to > :as_of)";
    /** Infrastructure is drawn from this zoom on: below it a national tile would hold too many features. */
    static final int INFRASTRUCTURE_MIN_ZOOM = 9;
    /**
     * Roads from zoom 11: at national density (a million segments) a zoom-9 tile holds some 27,000 of
     * them, 0.8 MB; a zoom-11 tile about 1,700, 48 kB (bench/scale.sh).
     */
    static final int ROAD_MIN_ZOOM = 11;
    static final int VILLAGE_MIN_ZOOM = 8;

    private final Map<String, TileLayer> layers = new LinkedHashMap<>();

    TileLayers(JdbcClient jdbc) {
        add(new TileLayer("provinces", "Province outlines", "units", "admin_unit",
                "t.level = 'province' AND " + STANDING,
                List.of(TileField.text("code", "t.code"), TileField.text("name", "t.name")), 0));
        add(new TileLayer("communes", "Communes with their NTM status and criteria met in the year", "units",
                "admin_unit", "t.level = 'commune' AND " + STANDING,
                List.of(TileField.text("code", "t.code"), TileField.text("name", "t.name"),
                        TileField.text("status", "status_at(t.id, :as_of)"),
                        TileField.number("criteria_met", "criteria_met(t.id, :year)"),
                        TileField.number("criteria_total", "criteria_total('commune', :year)")),
                0));
        add(new TileLayer("villages", "Villages (thôn/bản) with their NTM status", "units", "admin_unit",
                "t.level = 'village' AND " + STANDING,
                List.of(TileField.text("code", "t.code"), TileField.text("name", "t.name"),
                        TileField.text("status", "status_at(t.id, :as_of)"),
                        TileField.text("commune", "(SELECT p.code FROM admin_unit p WHERE p.id = t.parent_id)"),
                        TileField.bool("demo", "t.is_demo")),
                VILLAGE_MIN_ZOOM));
        jdbc.sql("SELECT code, name_en FROM infra_category ORDER BY sort")
                .query((rs, n) -> infrastructure(rs.getString("code"), rs.getString("name_en")))
                .list().forEach(this::add);
    }

    private static TileLayer infrastructure(String category, String name) {
        if (!category.matches("[a-z_]+")) {
            throw new IllegalStateException("Infrastructure category code unfit for a layer name: " + category);
        }
        return new TileLayer(category, name + " (infrastructure)", "infrastructure", "infrastructure",
                "t.category = '" + category + "' AND t.status <> 'decommissioned'",
                List.of(TileField.number("id", "t.id"), TileField.text("category", "t.category"),
                        TileField.text("subtype", "t.subtype"), TileField.text("name", "t.name"),
                        TileField.text("condition", "t.condition"), TileField.text("status", "t.status"),
                        TileField.text("surface", "t.surface"), TileField.bool("hardened", "t.hardened"),
                        TileField.text("commune", "(SELECT p.code FROM admin_unit p WHERE p.id = t.commune_id)"),
                        TileField.bool("demo", "t.is_demo")),
                category.equals("road") ? ROAD_MIN_ZOOM : INFRASTRUCTURE_MIN_ZOOM);
    }

    private void add(TileLayer layer) {
        layers.put(layer.name(), layer);
    }

    public Optional<TileLayer> find(String name) {
        return Optional.ofNullable(layers.get(name));
    }

    public List<TileLayer> all() {
        return List.copyOf(layers.values());
    }
}
