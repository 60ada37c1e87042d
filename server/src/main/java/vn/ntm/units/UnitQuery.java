package vn.ntm.units;

import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.Params;

/** The filters of {@code GET /api/units}, validated. */
record UnitQuery(UnitLevel level, String province, String parent, String q, int year, int limit, int offset) {

    static final int MAX_LIMIT = 1000;
    static final int MAX_QUERY_LENGTH = 100;

    UnitQuery {
        Params.provinceCode(province);
        if (parent != null && !parent.matches("[0-9-]{2,12}")) {
            throw new InvalidParameterException("parent", "must be a unit code such as 14 or 03679");
        }
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        Params.page(limit, offset, MAX_LIMIT);
    }

    /** The search text as a LIKE-safe fragment; blank means no search. */
    String likeFragment() {
        if (q == null || q.isBlank()) {
            return null;
        }
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
