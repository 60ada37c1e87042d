package vn.ntm.themes;

/**
 * A theme offered on the map: its id, names, and type: {@code numeric} (classed by equal intervals,
 * quantiles or its threshold), {@code result} (met 2, basically met 1, not met 0), {@code boolean}
 * (1 or 0) or {@code category} (commune group 1–3); the unit of a numeric value.
 */
record ThemeEntry(String id, String nameVi, String nameEn, String type, String unit) {
}
