package vn.ntm.criteria.villages;

import vn.ntm.common.InvalidParameterException;
import vn.ntm.criteria.Tiers;

/**
 * Which of a province's own criteria sets: its village criteria (thôn NTM: no national set), or its
 * own set of a commune tier above standard (e.g. xã NTM hiện đại, whose criteria the province issues
 * under QĐ 51/2025 Phụ lục II, or a provincial nâng cao set such as Sơn La's QĐ 2290/QĐ-UBND).
 */
record SetKind(String level, String tier) {

    static final SetKind VILLAGE = new SetKind("village", Tiers.STANDARD);

    /** A commune tier named by a request; the standard commune set is national, not the province's. */
    static SetKind communeTier(String tier) {
        String parsed = Tiers.parse("tier", tier);
        if (parsed.equals(Tiers.STANDARD)) {
            throw new InvalidParameterException("tier", "must be advanced, model or modern: the standard commune "
                    + "set is national");
        }
        return new SetKind("commune", parsed);
    }

    String codePrefix() {
        return level.equals("village") ? "THON_" : "XA_" + tier.toUpperCase() + "_";
    }

    String describe() {
        return level.equals("village") ? "village criteria" : tier + " commune criteria";
    }
}
