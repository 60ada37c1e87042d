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

    /** A page window: {@code limit} from 1 to {@code maxLimit}, {@code offset} not negative. */
    public static void page(int limit, int offset, int maxLimit) {
        if (limit < 1 || limit > maxLimit) {
            throw new InvalidParameterException("limit", "must be between 1 and " + maxLimit);
        }
        if (offset < 0) {
            throw new InvalidParameterException("offset", "must not be negative");
        }
    }

    /**
     * A client-given key (a username tried, a client address) as stored for counting: at most 200
     * characters, none of them NUL (PostgreSQL text has none); absent is empty.
     */
    public static String storedKey(String value) {
        String key = value == null ? "" : value.replace('\u0000', '\uFFFD');
        return key.length() > 200 ? key.substring(0, 200) : key;
    }
}
