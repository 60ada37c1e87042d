package vn.ntm.tiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The catalogue of tile layers. */
@Component
class TileLayers {

    private static final String STANDING = "t.valid_from <= :as_of AND (t.valid_to IS NULL OR t.valid_to > :as_of)";

    private final Map<String, TileLayer> layers = new LinkedHashMap<>();

    TileLayers() {
        add(new TileLayer("provinces", "admin_unit", "t.level = 'province' AND " + STANDING,
                "t.code, t.name", "Province outlines"));
        add(new TileLayer("communes", "admin_unit", "t.level = 'commune' AND " + STANDING,
                "t.code, t.name, status_at(t.id, :as_of) AS status, criteria_met(t.id, :year) AS criteria_met, "
                        + "criteria_total('commune', :year) AS criteria_total",
                "Communes with their NTM status and criteria met in the year"));
    }

    private void add(TileLayer layer) {
        layers.put(layer.name(), layer);
    }

    Optional<TileLayer> find(String name) {
        return Optional.ofNullable(layers.get(name));
    }

    List<TileLayer> all() {
        return List.copyOf(layers.values());
    }
}
