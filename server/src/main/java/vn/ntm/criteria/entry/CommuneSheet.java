package vn.ntm.criteria.entry;

/** A commune that entries are recorded for, with its results-sheet version in the year. */
record CommuneSheet(long id, String code, String fullName, String provinceCode, int version) {
}
