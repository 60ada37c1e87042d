package vn.ntm.infrastructure;

import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.Params;

/** The filters of {@code GET /api/gaps}, validated. */
record GapQuery(String province, String commune, GapKind kind, String category, int limit, int offset) {

    static final int MAX_LIMIT = 1000;

    GapQuery {
        Params.provinceCode(province);
        if (commune != null && !commune.matches("\\d{5}")) {
            throw new InvalidParameterException("commune", "must be a five-digit commune code such as 03679");
        }
        if (category != null && !category.matches("[a-z_]{1,40}")) {
            throw new InvalidParameterException("category", "must be an infrastructure category such as road");
        }
        Params.page(limit, offset, MAX_LIMIT);
    }
}
