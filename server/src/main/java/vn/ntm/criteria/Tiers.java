package vn.ntm.criteria;

import java.util.List;

import vn.ntm.common.InvalidParameterException;

/**
 * The recognition tiers a commune is assessed for, each against its own criteria set: standard
 * (đạt chuẩn), advanced (nâng cao, 2021–2025), model (kiểu mẫu, 2021–2025) and modern (hiện đại, 2026 on).
 */
public final class Tiers {

    public static final String STANDARD = "standard";
    public static final List<String> ALL = List.of(STANDARD, "advanced", "model", "modern");

    private Tiers() {
    }

    /** The tier named by a request parameter; standard when none is given. */
    public static String parse(String parameter, String tier) {
        if (tier == null || tier.isBlank()) {
            return STANDARD;
        }
        if (!ALL.contains(tier)) {
            throw new InvalidParameterException(parameter, "must be one of " + String.join(", ", ALL));
        }
        return tier;
    }
}
