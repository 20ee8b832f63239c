package se.varna.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.varna.common.FieldError;
import se.varna.common.Messages;
import se.varna.common.Municipality;
import se.varna.common.NotFoundProblem;
import se.varna.common.document.DocumentKind;
import se.varna.common.document.VersionedDocuments;
import se.varna.goal.Goal;
import se.varna.goal.GoalDtos.GoalIndicatorView;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.indicator.Indicator;
import se.varna.indicator.IndicatorAdminService;
import se.varna.indicator.IndicatorDtos.Baseline;
import se.varna.indicator.IndicatorDtos.BaselineInput;
import se.varna.indicator.IndicatorDtos.TargetInput;
import se.varna.indicator.IndicatorDtos.TargetView;
import se.varna.indicator.IndicatorTarget;
import se.varna.indicator.Period;
import se.varna.policy.PolicyDtos.GoalIndicatorFiguresInput;
import se.varna.policy.PolicyDtos.GoalIndicatorInput;

/**
 * The indicators that follow a policy's goals, with the baseline and yearly targets the policy
 * sets for its period. A coordinator links an indicator to a draft's goal, or carries it over
 * from a goal of an earlier policy in one request (the baseline and the targets within the new
 * period copied, the earlier policy left as it is), changes the figures and unlinks it. Each is a
 * change of the policy (If-Match, its version moves on, a history entry); an adopted policy's
 * links are frozen with it (409).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PolicyIndicatorService {

    static final String INDICATOR_LINKED = "indicatorLinked";
    static final String INDICATOR_CHANGED = "indicatorChanged";
    static final String INDICATOR_UNLINKED = "indicatorUnlinked";

    @Inject
    PolicyService policies;

    @Inject
    VersionedDocuments documents;

    @Inject
    Municipality municipality;

    // ---- reading -------------------------------------------------------------------------

    /** What the policy sets for each indicator its goals follow, by indicator id, the targets fetched. */
    public static Map<Long, PolicyIndicator> figures(long policyId) {
        Map<Long, PolicyIndicator> byIndicator = new HashMap<>();
        PolicyIndicator.<PolicyIndicator>find("select distinct pi from PolicyIndicator pi left join fetch pi.targets "
                + "left join fetch pi.carriedOverFrom where pi.policy.id = ?1", policyId).list()
                .forEach(pi -> byIndicator.put(pi.indicator.id, pi));
        return byIndicator;
    }

    /** The indicator as a goal lists it, with its policy's figures (none when the policy sets none). */
    public static GoalIndicatorView view(Indicator i, PolicyIndicator figures) {
        return new GoalIndicatorView(i.id, i.code, new se.varna.common.LocalizedText(i.nameSv, i.nameEn), i.unit,
                i.direction, figures == null ? null : baseline(figures),
                figures == null ? List.of() : figures.targets.stream().map(TargetView::of).toList(),
                figures == null || figures.carriedOverFrom == null ? null : GoalSummary.of(figures.carriedOverFrom));
    }

    static Baseline baseline(PolicyIndicator figures) {
        return Baseline.of(figures.baselineValue, figures.baselinePeriod, figures.baselineDemo);
    }

    /** One indicator of a goal with its policy's figures; 404 when the goal or the link is not there. */
    public GoalIndicatorView getGoalIndicator(long policyId, int number, long indicatorId) {
        if (!policies.readable(policyId)) {
            throw new NotFoundProblem("policy", policyId);
        }
        Policy p = Policy.findById(policyId);
        Goal g = goalOf(p, number);
        Indicator i = linked(g, indicatorId);
        return view(i, figures(p.id).get(i.id));
    }

    // ---- writing -------------------------------------------------------------------------

    /**
     * Links an indicator to a draft's goal, last in its list. With {@code carryOverFrom} the
     * earlier goal's policy's figures are copied (targets outside this period dropped) and what
     * the input sends replaces them; every wrong field is named in one 422 and nothing is stored.
     */
    @Transactional
    public GoalIndicatorView link(long policyId, int number, String ifMatch, GoalIndicatorInput input) {
        Policy p = policies.draft(policyId, ifMatch);
        Goal g = goalOf(p, number);
        List<FieldError> errors = new ArrayList<>();
        Indicator indicator = Indicator.findById(input.indicator());
        if (indicator == null) {
            errors.add(new FieldError("indicator",
                    Messages.text("problem.policyIndicator.noIndicator", input.indicator())));
        } else if (g.indicators.stream().anyMatch(i -> i.id.equals(indicator.id))) {
            errors.add(new FieldError("indicator",
                    Messages.text("problem.policyIndicator.linked", indicator.code, g.number, p.code)));
        }
        PolicyIndicator source = input.carryOverFrom() == null ? null
                : carryOverSource(p, input.carryOverFrom(), indicator, errors);
        Period baselinePeriod = checkFigures(p, indicator, input.baseline(), input.targets(), errors);
        if (!errors.isEmpty()) {
            throw PolicyProblem.indicator(errors);
        }
        Goal from = input.carryOverFrom() == null ? null : Goal.findById(input.carryOverFrom());
        PolicyIndicator[] stored = new PolicyIndicator[1];
        documents.change(DocumentKind.policy, p, INDICATOR_LINKED, g.id, () -> PolicyService.snapshot(p), () -> {
            PolicyIndicator figures = figures(p.id).get(indicator.id);
            if (figures == null) {
                figures = new PolicyIndicator();
                figures.municipality = municipality.code();
                figures.policy = p;
                figures.indicator = indicator;
            }
            if (source != null) {
                figures.carriedOverFrom = from;
                copy(source, figures, p);
            }
            if (input.baseline() != null) {
                setBaseline(figures, input.baseline(), baselinePeriod);
            }
            if (input.targets() != null) {
                setTargets(figures, input.targets());
            }
            figures.persist();
            g.indicators.add(indicator);
            stored[0] = figures;
        });
        return view(indicator, stored[0]);
    }

    /** Replaces the figures a draft sets for an indicator of its goal; 404 when the goal does not follow it. */
    @Transactional
    public GoalIndicatorView replaceFigures(long policyId, int number, long indicatorId, String ifMatch,
            GoalIndicatorFiguresInput input) {
        Policy p = policies.draft(policyId, ifMatch);
        Indicator indicator = linked(goalOf(p, number), indicatorId);
        List<FieldError> errors = new ArrayList<>();
        Period baselinePeriod = checkFigures(p, indicator, input.baseline(), input.targets(), errors);
        if (!errors.isEmpty()) {
            throw PolicyProblem.indicator(errors);
        }
        PolicyIndicator[] stored = new PolicyIndicator[1];
        documents.change(DocumentKind.policy, p, INDICATOR_CHANGED, null, () -> PolicyService.snapshot(p), () -> {
            PolicyIndicator figures = Optional.ofNullable(figures(p.id).get(indicator.id)).orElseGet(() -> {
                PolicyIndicator fresh = new PolicyIndicator();
                fresh.municipality = municipality.code();
                fresh.policy = p;
                fresh.indicator = indicator;
                return fresh;
            });
            if (input.baseline() == null) {
                figures.baselineValue = null;
                figures.baselinePeriod = null;
                figures.baselineDemo = false;
            } else {
                setBaseline(figures, input.baseline(), baselinePeriod);
            }
            setTargets(figures, input.targets() == null ? List.of() : input.targets());
            figures.persist();
            stored[0] = figures;
        });
        return view(indicator, stored[0]);
    }

    /** Unlinks an indicator from a draft's goal; its figures go when no other goal of the policy follows it. */
    @Transactional
    public void unlink(long policyId, int number, long indicatorId, String ifMatch) {
        Policy p = policies.draft(policyId, ifMatch);
        Goal g = goalOf(p, number);
        Indicator indicator = linked(g, indicatorId);
        documents.change(DocumentKind.policy, p, INDICATOR_UNLINKED, g.id, () -> PolicyService.snapshot(p), () -> {
            g.indicators.remove(indicator);
            boolean elsewhere = p.goals.stream().filter(other -> other != g)
                    .anyMatch(other -> other.indicators.contains(indicator));
            PolicyIndicator figures = figures(p.id).get(indicator.id);
            if (!elsewhere && figures != null) {
                figures.delete();
            }
        });
    }

    // ---- helpers -------------------------------------------------------------------------

    private static Goal goalOf(Policy p, int number) {
        return PolicyService.goal(p, number).orElseThrow(() -> new NotFoundProblem("policyGoal", number, p.code));
    }

    private static Indicator linked(Goal g, long indicatorId) {
        return g.indicators.stream().filter(i -> i.id == indicatorId).findFirst()
                .orElseThrow(() -> new NotFoundProblem("indicator", indicatorId));
    }

    /**
     * The figures to carry over: the goal named must be a goal of an earlier policy that the
     * indicator follows; each other case is an error on {@code carryOverFrom}.
     */
    private static PolicyIndicator carryOverSource(Policy p, long goalId, Indicator indicator,
            List<FieldError> errors) {
        Goal from = Goal.findById(goalId);
        String error = null;
        if (from == null) {
            error = Messages.text("problem.policyIndicator.carryOverUnknown", goalId);
        } else if (from.policy.id.equals(p.id)) {
            error = Messages.text("problem.policyIndicator.carryOverSame", goalId, p.code);
        } else if (from.policy.validFrom >= p.validFrom) {
            error = Messages.text("problem.policyIndicator.carryOverLater", goalId, from.policy.code, p.code);
        } else if (indicator != null && !from.indicators.contains(indicator)) {
            error = Messages.text("problem.policyIndicator.carryOverNotLinked", indicator.code, goalId);
        }
        if (error != null) {
            errors.add(new FieldError("carryOverFrom", error));
            return null;
        }
        if (indicator == null) {
            return null;
        }
        PolicyIndicator source = figures(from.policy.id).get(indicator.id);
        // an earlier policy whose figures were never set: carried over with none
        return source != null ? source : new PolicyIndicator();
    }

    /** The baseline's period (of the indicator's frequency) and the target years (each once, within the period). */
    private static Period checkFigures(Policy p, Indicator indicator, BaselineInput baseline,
            List<TargetInput> targets, List<FieldError> errors) {
        Period period = IndicatorAdminService.baselinePeriod(baseline, indicator == null ? null : indicator.frequency,
                errors);
        IndicatorAdminService.checkTargetYearsDiffer(targets, errors);
        List<TargetInput> sent = targets == null ? List.of() : targets;
        for (int i = 0; i < sent.size(); i++) {
            int year = sent.get(i).year();
            if (year < p.validFrom || year > p.validTo) {
                errors.add(new FieldError("targets[" + i + "].year",
                        Messages.text("problem.policyIndicator.yearOutside", year, p.validFrom, p.validTo)));
            }
        }
        return period;
    }

    /**
     * What carrying over copies: the earlier policy's baseline, and any of its targets in this
     * policy's period (its own lie in its own period, so the new targets are usually those sent).
     */
    private static void copy(PolicyIndicator source, PolicyIndicator figures, Policy p) {
        figures.baselineValue = source.baselineValue;
        figures.baselinePeriod = source.baselinePeriod;
        figures.baselineDemo = source.baselineDemo;
        List<IndicatorTarget> within = source.targets.stream().filter(t -> t.year >= p.validFrom && t.year <= p.validTo)
                .map(t -> target(t.year, t.value, t.demo)).toList();
        if (!within.isEmpty()) {
            figures.targets.clear();
            figures.targets.addAll(within);
        }
    }

    private static void setBaseline(PolicyIndicator figures, BaselineInput baseline, Period period) {
        figures.baselineValue = baseline.value();
        figures.baselinePeriod = period.code();
        figures.baselineDemo = false;
    }

    private static void setTargets(PolicyIndicator figures, List<TargetInput> targets) {
        figures.targets.clear();
        targets.stream().sorted(Comparator.comparingInt(TargetInput::year))
                .forEach(t -> figures.targets.add(target(t.year(), t.value(), false)));
    }

    private static IndicatorTarget target(int year, BigDecimal value, boolean demo) {
        IndicatorTarget target = new IndicatorTarget();
        target.year = year;
        target.value = value;
        target.demo = demo;
        return target;
    }

    /** The audited figures of a policy: per indicator its baseline, targets and where it was carried over from. */
    static List<Map<String, Object>> snapshot(long policyId) {
        List<Map<String, Object>> items = new ArrayList<>();
        figures(policyId).values().stream().sorted(Comparator.comparingLong(pi -> pi.indicator.id)).forEach(pi -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("indicator", pi.indicator.id);
            item.put("baseline", pi.baselineValue == null ? null
                    : Map.of("period", pi.baselinePeriod, "value", pi.baselineValue.toPlainString()));
            item.put("targets", pi.targets.stream()
                    .map(t -> Map.of("year", t.year, "value", t.value.toPlainString())).toList());
            item.put("carriedOverFrom", pi.carriedOverFrom == null ? null : pi.carriedOverFrom.id);
            items.add(item);
        });
        return items;
    }
}
