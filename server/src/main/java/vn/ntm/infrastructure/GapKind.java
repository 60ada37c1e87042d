package vn.ntm.infrastructure;

import java.util.Arrays;
import java.util.stream.Collectors;

import vn.ntm.common.InvalidParameterException;

/** The kinds of gap the field view lists. */
enum GapKind {
    POOR_CONDITION, UNHARDENED_ROAD, MISSING_FACILITY;

    String code() {
        return name().toLowerCase();
    }

    static GapKind parse(String value) {
        return Arrays.stream(values()).filter(k -> k.code().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("kind", "must be one of "
                        + Arrays.stream(values()).map(GapKind::code).collect(Collectors.joining(", "))));
    }
}
