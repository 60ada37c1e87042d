package vn.ntm.criteria;

/**
 * One indicator's measured value; {@code value} is a number or a boolean, null if not measured;
 * {@code demo} marks a generated value.
 */
public record IndicatorResult(String code, String name, String nameEn, String unit, String comparator, Object value,
        Boolean met, boolean demo) {
}
