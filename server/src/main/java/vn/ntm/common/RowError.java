package vn.ntm.common;

/** A problem with one row of an upload or form: where (row and column) and what. */
public record RowError(String row, String column, String message) {
}
