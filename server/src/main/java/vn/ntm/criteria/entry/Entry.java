package vn.ntm.criteria.entry;

/**
 * One value to record for a commune in a year: a criterion's result, or an indicator's value
 * (with its result when no threshold decides it). {@code row} locates it in the upload (the JSON
 * path or spreadsheet row) for error messages; {@code version} is the sheet version it was read at.
 */
public record Entry(String row, String communeCode, Kind kind, String code, String result, String value,
        String evidence, Integer version) {

    public enum Kind {
        CRITERION, INDICATOR
    }
}
