package vn.ntm.common;

/** Checks shared by several endpoints' parameters. */
public final class Params {

    private Params() {
    }

    /** A two-digit province code, or null when absent. */
    public static String provinceCode(String value) {
        if (value != null && !value.matches("\\d{2}")) {
            throw new InvalidParameterException("province", "must be a two-digit province code such as 14");
        }
        return value;
    }
}
