package vn.ntm.ogc;

/** A page of a collection's features: how many match in all, and the page as a GeoJSON array. */
record FeaturePage(long matched, String features) {
}
