package vn.ntm.gis.crs;

/** A coordinate reference system as PROJ takes it: an id to show and store, a name, the PROJ definition. */
public record CrsDefinition(String id, String name, String proj) {
}
