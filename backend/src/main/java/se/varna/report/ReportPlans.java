package se.varna.report;

import java.time.LocalDate;

import se.varna.actionplan.ActionPlanDtos.FollowUpView;
import se.varna.actionplan.ActionPlanDtos.PlanInForce;
import se.varna.actionplan.ActionPlanDtos.PlanInForceAction;
import se.varna.actionplan.ActionPlanDtos.ResultTrendView;
import se.varna.common.deprecation.Deprecation;

/**
 * The plan in force as a status report cites it (frozen with the rest at approval), cut for
 * each reader: the public sees its public problems only, and a reader without exact figures the
 * result figures' direction without the exact values it was judged from.
 */
final class ReportPlans {

    /** The report's free-text lägesbild and åtgärdsplan boxes, given way to the plan in force. */
    static final Deprecation TEXT_BOXES = new Deprecation(
            "reports: the free-text sections `situation` and `actionPlan`", LocalDate.of(2026, 12, 2),
            LocalDate.of(2027, 6, 30));

    private ReportPlans() {
    }

    static PlanInForce publicProblems(PlanInForce plan) {
        if (plan == null) {
            return null;
        }
        return new PlanInForce(plan.id(), plan.title(), plan.decision(), plan.situationPicture(), plan.asOf(),
                plan.actions().stream().map(a -> new PlanInForceAction(a.id(), a.title(),
                        a.problems().stream().filter(q -> !q.internal()).toList(), a.organisations(), a.followUp()))
                        .toList());
    }

    static PlanInForce withoutValues(PlanInForce plan) {
        if (plan == null) {
            return null;
        }
        return new PlanInForce(plan.id(), plan.title(), plan.decision(), plan.situationPicture(), plan.asOf(),
                plan.actions().stream().map(a -> new PlanInForceAction(a.id(), a.title(), a.problems(),
                        a.organisations(), withoutValues(a.followUp()))).toList());
    }

    private static FollowUpView withoutValues(FollowUpView f) {
        ResultTrendView t = f.resultTrend();
        return new FollowUpView(f.status(), f.measures(), f.measuresAssessed(), f.latestUpdate(), t == null ? null
                : new ResultTrendView(t.source(), t.code(), t.trend(), t.period(), null, t.previousPeriod(), null));
    }
}
