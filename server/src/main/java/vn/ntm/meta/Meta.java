package vn.ntm.meta;

import java.util.List;

import vn.ntm.status.StatusLevel;
import vn.ntm.units.UnitSummary;

/** What a client needs to set up the map: years, status levels, provinces, and whether demo data is loaded. */
record Meta(int latestYear, List<Integer> years, List<StatusLevel> statusLevels, List<UnitSummary> provinces,
        boolean demo) {
}
