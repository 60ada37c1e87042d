/**
 * Administrative units and their lineage: list and search, the unit at a point, predecessors of merged
 * units. Knows nothing of statuses, criteria or infrastructure (the side panel's detail is {@code unitdetail}).
 */
package vn.ntm.units;
