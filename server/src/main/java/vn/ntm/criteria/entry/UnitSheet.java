package vn.ntm.criteria.entry;

/**
 * A commune or village that entries are recorded for, with the commune that scopes who may edit it
 * (itself, or a village's commune) and its results-sheet version in the year.
 */
record UnitSheet(long id, String code, String level, String fullName, String provinceCode, String communeCode,
        int version) {
}
