package vn.ntm.criteria;

import java.util.List;

/** One criterion with its result ({@code met}, {@code basically_met}, {@code not_met}, or null if not assessed). */
public record CriterionResult(int number, String name, String nameEn, String group, String groupEn, boolean key,
        String result, String evidence, List<IndicatorResult> indicators) {
}
