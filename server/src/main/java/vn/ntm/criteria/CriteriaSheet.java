package vn.ntm.criteria;

import java.util.List;

/** A unit's results against the criteria set that applies to it in a year; {@code version} guards edits. */
public record CriteriaSheet(String setCode, String setName, String setNameEn, int year, int met, int total,
        int version, List<CriterionResult> results) {
}
