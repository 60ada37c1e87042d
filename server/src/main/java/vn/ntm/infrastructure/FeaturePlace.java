package vn.ntm.infrastructure;

/**
 * Where a field-edited geometry lies: the current commune (and village) at its own midpoint, whether
 * communes cover all of it (it lies in Vietnam's mapped land), and whether the editor's communes do.
 */
record FeaturePlace(long communeId, String communeCode, String provinceCode, Long villageId, boolean covered,
        boolean inScope) {
}
