package vn.ntm.criteria;

import java.util.List;

/**
 * One criterion with its result ({@code met}, {@code basically_met}, {@code not_met}, or null if not
 * assessed); {@code demo} marks a generated result.
 */
public record CriterionResult(int number, String name, String nameEn, String group, String groupEn, boolean key,
        String result, String evidence, boolean demo, List<IndicatorResult> indicators) {
}
