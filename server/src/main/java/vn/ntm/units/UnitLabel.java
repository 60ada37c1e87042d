package vn.ntm.units;

/** A place name and the point inside its unit where the map writes it. */
record UnitLabel(String code, String name, String level, double lon, double lat) {
}
