package vn.ntm.criteria;

import java.util.List;

/** A unit's results against the criteria set that applies to it in a year. */
public record CriteriaSheet(String setCode, String setName, String setNameEn, int year, int met, int total,
        List<CriterionResult> results) {
}
