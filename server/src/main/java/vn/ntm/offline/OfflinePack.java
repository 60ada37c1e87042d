package vn.ntm.offline;

import java.util.List;

/**
 * What a commune officer's phone keeps for working without signal: the addresses to fetch (vector
 * tiles of their communes at the zooms they work at, their communes' sheets, features, inspections
 * and gap lists) and the estimated download size.
 */
public record OfflinePack(int year, List<String> communes, int minZoom, int maxZoom, int tiles, List<String> urls,
        long estimatedBytes) {
}
