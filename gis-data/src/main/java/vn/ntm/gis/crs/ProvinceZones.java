package vn.ntm.gis.crs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which coordinate systems a province's files are likely in, most likely first: WGS84 degrees,
 * the province's own VN-2000 TM-3 zone, VN-2000 UTM 48N and 49N, then the other TM-3 zones.
 */
public final class ProvinceZones {

    /** Central meridians of the provincial TM-3 zones (post-2025 province codes) that are confirmed. */
    private static final Map<String, Double> MERIDIANS = Map.of("12", 103.0, "14", 104.0, "15", 104.75, "68", 107.75);

    private ProvinceZones() {
    }

    public static List<CrsDefinition> candidates(String provinceCode) {
        List<CrsDefinition> candidates = new ArrayList<>();
        candidates.add(Vn2000.WGS84);
        Double own = MERIDIANS.get(provinceCode);
        if (own != null) {
            candidates.add(Vn2000.tm3(own));
        }
        candidates.add(Vn2000.utm(48));
        candidates.add(Vn2000.utm(49));
        Vn2000.tm3Zones().stream().filter(zone -> candidates.stream().noneMatch(c -> c.id().equals(zone.id())))
                .forEach(candidates::add);
        return candidates;
    }
}
