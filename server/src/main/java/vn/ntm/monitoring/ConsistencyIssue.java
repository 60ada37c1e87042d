package vn.ntm.monitoring;

/**
 * A commune whose status its criteria do not support ({@code criteria_do_not_support_status}), or
 * that meets the withdrawal rule ({@code withdrawal_rule}).
 */
public record ConsistencyIssue(String code, String fullName, String status, String problem, int criteriaTotal,
        int criteriaFailing, int criteriaAssessed, boolean keyCriterionFailing, String failingCriteria) {
}
