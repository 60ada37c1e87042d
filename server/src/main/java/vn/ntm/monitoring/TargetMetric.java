package vn.ntm.monitoring;

import java.util.Arrays;
import java.util.Optional;

/**
 * The metrics targets are set on. {@code higherIsBetter} says which side of the target is good;
 * {@code basis} says how the actual value is obtained (some are proxies computed from the map).
 */
enum TargetMetric {
    COMMUNES_STANDARD("count", true, "Communes recognised at the standard level or above"),
    COMMUNES_ADVANCED("count", true, "Communes recognised as advanced or above"),
    COMMUNES_MODEL("count", true, "Communes recognised as model"),
    COMMUNES_BELOW_15("count", false, "Communes meeting fewer than 15 of the 19 criteria"),
    PCT_COMMUNE_ROADS_HARDENED("percent", true, "Share of commune-road length hardened, from the road map"),
    PCT_RURAL_CLEAN_WATER("percent", true, "Proxy: share of villages with a water-supply work on the map"),
    PCT_HOUSEHOLDS_GRID("percent", true, "Proxy: share of villages with a transformer on the map"),
    PCT_SOLID_WASTE_COLLECTED("percent", true, "Proxy: share of communes with a waste collection site on the map"),
    POVERTY_RATE("percent", false, "Average multidimensional poverty rate (indicator 11) of the communes");

    private final String kind;
    private final boolean higherIsBetter;
    private final String basis;

    TargetMetric(String kind, boolean higherIsBetter, String basis) {
        this.kind = kind;
        this.higherIsBetter = higherIsBetter;
        this.basis = basis;
    }

    String code() {
        return name().toLowerCase();
    }

    String kind() {
        return kind;
    }

    String basis() {
        return basis;
    }

    boolean meets(double actual, double target) {
        return higherIsBetter ? actual >= target : actual <= target;
    }

    static Optional<TargetMetric> of(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
    }
}
