package vn.ntm.units;

import java.util.List;

/**
 * One unit in a list: identity, place in the hierarchy, its status in the requested year, and whether
 * NTM assesses it ({@code assessed} false for a ward: no status or criteria count for it).
 */
public record UnitSummary(
        String code,
        String name,
        String fullName,
        String level,
        String kind,
        String parentCode,
        String provinceCode,
        String status,
        Integer criteriaMet,
        Integer criteriaTotal,
        List<Double> bbox,
        boolean demo,
        boolean assessed) {
}
