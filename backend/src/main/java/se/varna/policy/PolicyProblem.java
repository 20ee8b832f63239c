package se.varna.policy;

import java.util.List;

import se.varna.common.FieldError;
import se.varna.common.Messages;
import se.varna.common.UnprocessableProblem;

/**
 * A policy request that is valid in itself but not with what is stored: a period overlapping
 * another policy's, a goal number already used, a crosswalk naming goals of the wrong policy,
 * an adoption without goals or with a broken chain of effective dates. Answered 422, naming the
 * field; nothing is stored.
 */
public class PolicyProblem extends UnprocessableProblem {

    private PolicyProblem(String kind, String field, String detail) {
        super("urn:varna:problem:" + kind, Messages.text("problem." + camel(kind) + ".title"), field, detail);
    }

    private PolicyProblem(String kind, List<FieldError> errors) {
        super("urn:varna:problem:" + kind, Messages.text("problem." + camel(kind) + ".title"), errors);
    }

    static PolicyProblem periodOverlap(int from, int to, Policy other) {
        return new PolicyProblem("policy-period-overlap", "validFrom", Messages.text(
                "problem.policyPeriodOverlap.detail", from, to, other.code, other.validFrom, other.validTo));
    }

    static PolicyProblem periodOrder(int from) {
        return new PolicyProblem("policy-period", "validTo", Messages.text("problem.policyPeriod.order", from));
    }

    static PolicyProblem goalNumberTaken(int number, Policy policy) {
        return new PolicyProblem("policy-goal-number-taken", "number",
                Messages.text("problem.policyGoalNumberTaken.detail", number, policy.code));
    }

    static PolicyProblem withoutGoals(Policy policy) {
        return new PolicyProblem("policy-without-goals", "goals",
                Messages.text("problem.policyWithoutGoals.detail", policy.code));
    }

    static PolicyProblem crosswalk(List<FieldError> errors) {
        return new PolicyProblem("policy-crosswalk", errors);
    }

    static PolicyProblem indicator(List<FieldError> errors) {
        return new PolicyProblem("policy-indicator", errors);
    }

    static PolicyProblem effectiveDate(String key, Object date, Policy other) {
        return new PolicyProblem("policy-effective-date", "effectiveFrom",
                Messages.text("problem.policyEffectiveDate." + key, date, other.code));
    }

    /** "policy-period-overlap" → "policyPeriodOverlap", the catalogue's key. */
    private static String camel(String kind) {
        StringBuilder key = new StringBuilder();
        boolean up = false;
        for (char c : kind.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                key.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return key.toString();
    }
}
