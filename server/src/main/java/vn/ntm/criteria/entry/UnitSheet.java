package vn.ntm.criteria.entry;

/**
 * A commune or village that entries are recorded for, with the commune that scopes who may edit it
 * (itself, or a village's commune), its results-sheet version in the year, and whether NTM assesses it
 * (a ward is not assessed, see ntm_assessed in V16). {@code scopeProvince} is the province whose
 * staff may edit it: its own, or for a pre-merger unit the province it is now part of.
 */
record UnitSheet(long id, String code, String level, String fullName, String provinceCode, String scopeProvince,
        String communeCode, int version, boolean assessed) {
}
