package vn.ntm.criteria.entry;

import java.util.Map;

/** The criteria and indicators of the set that applies in a year, by number and code. */
record SetDefinition(int setId, String setCode, Map<Integer, Integer> criterionIds,
        Map<String, IndicatorDefinition> indicators) {

    record IndicatorDefinition(int id, String code, int criterionNumber, String valueType) {
    }
}
