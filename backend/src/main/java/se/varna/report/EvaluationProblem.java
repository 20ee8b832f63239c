package se.varna.report;

import se.varna.common.Messages;
import se.varna.common.UnprocessableProblem;

/**
 * An evaluation request valid in itself but not with what is stored: a period no adopted
 * policy has, a policy that already has its evaluation, a conclusion for a goal the policy does
 * not have. Answered 422 naming the field; nothing is stored.
 */
public class EvaluationProblem extends UnprocessableProblem {

    private EvaluationProblem(String field, String detail) {
        super("urn:varna:problem:report-evaluation", Messages.text("problem.reportEvaluation.title"), field, detail);
    }

    static EvaluationProblem noPolicy(String period) {
        return new EvaluationProblem("period", Messages.text("problem.reportEvaluation.noPolicy", period));
    }

    static EvaluationProblem taken(String period) {
        return new EvaluationProblem("period", Messages.text("problem.reportEvaluation.taken", period));
    }

    static EvaluationProblem goal(int row, int number, String policy) {
        return new EvaluationProblem("goals[" + row + "].goalNumber",
                Messages.text("problem.reportEvaluation.goal", number, policy));
    }
}
