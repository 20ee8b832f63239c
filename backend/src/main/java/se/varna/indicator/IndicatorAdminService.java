package se.varna.indicator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.varna.common.Municipality;
import se.varna.common.FieldError;
import se.varna.common.InvalidParameterException;
import se.varna.common.Limits;
import se.varna.crimestatistics.CrimeStatisticsService;
import se.varna.indicator.IndicatorDtos.ComputationInput;
import se.varna.common.Messages;
import se.varna.common.NotFoundProblem;
import se.varna.goal.Goal;
import se.varna.indicator.IndicatorDtos.BaselineInput;
import se.varna.indicator.IndicatorDtos.IndicatorInput;
import se.varna.indicator.IndicatorDtos.IndicatorView;
import se.varna.indicator.IndicatorDtos.TargetInput;
import se.varna.organisation.Organisation;
import se.varna.organisation.OrganisationService;

/**
 * A coordinator keeps the indicators: creates them and replaces their definition, baseline,
 * targets, owner and goals. The input's limits are its constraints ({@link IndicatorInput});
 * what needs the database or another field is checked here, every problem named at once.
 */
@ApplicationScoped
public class IndicatorAdminService {

    @Inject
    EntityManager em;

    @Inject
    IndicatorService indicators;

    @Inject
    OrganisationService organisations;

    @Inject
    CrimeStatisticsService crimeStatistics;

    @Inject
    Municipality municipality;

    /** What the checks found in a valid input: the values it names, ready to store. */
    private record Checked(IndicatorUnit unit, IndicatorDirection direction, IndicatorSource source,
            IndicatorFrequency frequency, Set<String> splits, Set<String> ageGroups, Organisation owner,
            Set<Long> goals, Period baselinePeriod, IndicatorComputation computedFrom, String crimeCategory) {
    }

    @Transactional
    public IndicatorView createIndicator(IndicatorInput input) {
        Indicator indicator = new Indicator();
        apply(indicator, input, true);
        return indicators.findIndicatorById(indicator.id).orElseThrow();
    }

    @Transactional
    public IndicatorView updateIndicator(long id, IndicatorInput input) {
        Indicator indicator = Indicator.<Indicator>find("select distinct i from Indicator i left join fetch i.targets where i.id = ?1", id)
                .singleResultOptional().orElseThrow(() -> new NotFoundProblem("indicator", id));
        apply(indicator, input, false);
        return indicators.findIndicatorById(indicator.id).orElseThrow();
    }

    private void apply(Indicator indicator, IndicatorInput input, boolean creating) {
        if (input == null) {
            throw new InvalidParameterException("body", Messages.text("field.required"));
        }
        Checked checked = check(indicator, input, creating);
        write(indicator, input, checked);
        if (creating) {
            indicator.persist();
        }
        em.flush();
        linkGoals(indicator.id, checked.goals());
        em.clear();
    }

    /** Every rule beyond the input's constraints, each broken one named; the values named when all hold. */
    private Checked check(Indicator indicator, IndicatorInput input, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        checkCodeIsFree(indicator, input.code(), errors);
        IndicatorUnit unit = enumValue(IndicatorUnit.class, input.unit(), "unit", errors);
        IndicatorDirection direction = enumValue(IndicatorDirection.class, input.direction(), "direction", errors);
        IndicatorSource source = enumValue(IndicatorSource.class, input.source(), "source", errors);
        IndicatorFrequency frequency = enumValue(IndicatorFrequency.class, input.frequency(), "frequency", errors);
        Set<String> splits = splits(input.disaggregations(), errors);
        Set<String> ageGroups = ageGroups(input.ageGroups(), splits, errors);
        Organisation owner = blank(input.owner()) ? null : organisations.requireByCode(input.owner(), "owner", errors);
        Set<Long> goals = goals(input.goals(), errors);
        Period baselinePeriod = baselinePeriod(input.baseline(), frequency, errors);
        checkTargetYearsDiffer(input.targets(), errors);
        if (!creating && frequency != null && frequency != indicator.frequency
                && IndicatorValue.count("indicator.id", indicator.id) > 0) {
            errors.add(new FieldError("frequency", Messages.text("field.frequency.locked")));
        }
        ComputationInput computation = input.computation();
        IndicatorComputation computedFrom = computation == null ? null
                : enumValue(IndicatorComputation.class, computation.from(), "computation.from", errors);
        String crimeCategory = computedFrom == IndicatorComputation.crimeStatistics
                ? crimeCategory(computation, unit, splits, errors) : null;
        if (computedFrom == IndicatorComputation.agreementCommitments) {
            checkCommitmentShare(computation, unit, splits, errors);
        }
        if (computation == null && !creating && indicator.computed()) {
            // recorded values would start from nothing: the computed ones were never stored
            errors.add(new FieldError("computation", Messages.text("field.computation.keep", indicator.code)));
        }
        if (computation != null && !creating && !indicator.computed()
                && IndicatorValue.count("indicator.id", indicator.id) > 0) {
            errors.add(new FieldError("computation", Messages.text("field.computation.hasValues", indicator.code)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        return new Checked(unit, direction, source, frequency, splits, ageGroups, owner, goals, baselinePeriod,
                computedFrom, crimeCategory);
    }

    /**
     * The category a computed indicator counts: a known crime category or group, counted or as a
     * rate (the crime statistics' measures), split by area at most (the crime statistics' sex
     * and age splits have a bucket for crimes delivered unsplit, which an indicator's do not).
     */
    private String crimeCategory(ComputationInput computation, IndicatorUnit unit, Set<String> splits,
            List<FieldError> errors) {
        String code = computation.category() == null ? null : computation.category().strip();
        if (code == null || code.isEmpty()) {
            errors.add(new FieldError("computation.category", Messages.text("field.required")));
        } else if (!crimeStatistics.knowsCategory(code)) {
            errors.add(new FieldError("computation.category", Messages.text("field.crime.category", Limits.cut(code, 40))));
        }
        if (unit != null && !ComputedValues.MEASURES.containsKey(unit)) {
            errors.add(new FieldError("unit", Messages.text("field.computation.unit")));
        }
        if (splits.stream().anyMatch(s -> !Disaggregation.area.name().equals(s))) {
            errors.add(new FieldError("disaggregations", Messages.text("field.computation.splits")));
        }
        return code;
    }

    /** An indicator computed from the agreements is the municipality's share of commitments, in percent. */
    private static void checkCommitmentShare(ComputationInput computation, IndicatorUnit unit, Set<String> splits,
            List<FieldError> errors) {
        if (computation.category() != null && !computation.category().isBlank()) {
            errors.add(new FieldError("computation.category", Messages.text("field.computation.agreements.category")));
        }
        if (unit != null && unit != IndicatorUnit.percent) {
            errors.add(new FieldError("unit", Messages.text("field.computation.agreements.unit")));
        }
        if (!splits.isEmpty()) {
            errors.add(new FieldError("disaggregations", Messages.text("field.computation.agreements.splits")));
        }
    }

    private static void checkCodeIsFree(Indicator indicator, String code, List<FieldError> errors) {
        if (Indicator.count("code = ?1 and id != ?2", code, indicator.id == null ? -1L : indicator.id) > 0) {
            errors.add(new FieldError("code", Messages.text("field.indicatorCode.taken", code)));
        }
    }

    /** The splits named, each known and named once. */
    private static Set<String> splits(List<String> disaggregations, List<FieldError> errors) {
        Set<String> splits = new LinkedHashSet<>();
        for (String d : disaggregations == null ? List.<String>of() : disaggregations) {
            if (enumValue(Disaggregation.class, d, "disaggregations", errors) != null && !splits.add(d)) {
                errors.add(new FieldError("disaggregations", Messages.text("field.namesTwice", d)));
            }
        }
        return splits;
    }

    /** The age groups named, each known and named once, given exactly when values are split by age group. */
    private Set<String> ageGroups(List<String> named, Set<String> splits, List<FieldError> errors) {
        List<String> ageGroups = named == null ? List.of() : named;
        @SuppressWarnings("unchecked")
        List<String> known = em.createNativeQuery("select code from age_group order by sort_order").getResultList();
        Set<String> ages = new LinkedHashSet<>();
        for (String a : ageGroups) {
            if (!known.contains(a)) {
                errors.add(new FieldError("ageGroups", Messages.text("field.ageGroup.unknown", a, String.join(", ", known))));
            } else if (!ages.add(a)) {
                errors.add(new FieldError("ageGroups", Messages.text("field.namesTwice", a)));
            }
        }
        boolean splitByAge = splits.contains(Disaggregation.ageGroup.name());
        if (!ages.isEmpty() && !splitByAge) {
            errors.add(new FieldError("ageGroups", Messages.text("field.ageGroups.notSplit")));
        }
        if (ageGroups.isEmpty() && splitByAge) {
            errors.add(new FieldError("ageGroups", Messages.text("field.ageGroups.missing")));
        }
        return ages;
    }

    /** The goals named, each existing, in the order named. */
    private static Set<Long> goals(List<Long> named, List<FieldError> errors) {
        Set<Long> goalIds = new LinkedHashSet<>(named == null ? List.of() : named);
        for (Long goalId : goalIds) {
            if (goalId == null || Goal.findById(goalId) == null) {
                errors.add(new FieldError("goals", Messages.text("field.noGoal", goalId)));
            }
        }
        return goalIds;
    }

    /** The baseline's period, a period of the indicator's frequency; null without a baseline. */
    public static Period baselinePeriod(BaselineInput baseline, IndicatorFrequency frequency, List<FieldError> errors) {
        if (baseline == null) {
            return null;
        }
        Period period = Period.parse(baseline.period()).orElse(null);
        if (period == null) {
            errors.add(new FieldError("baseline.period", Messages.text("field.period.unknown", Period.forms())));
        } else if (frequency != null && period.kind() != frequency) {
            errors.add(new FieldError("baseline.period", Messages.text("field.period.frequency",
                    Period.exampleOf(frequency), Messages.text("frequency." + frequency.name()))));
        }
        return period;
    }

    /** An error on {@code targets} for each year named a second time. */
    public static void checkTargetYearsDiffer(List<TargetInput> targets, List<FieldError> errors) {
        Set<Integer> years = new HashSet<>();
        for (TargetInput target : targets == null ? List.<TargetInput>of() : targets) {
            if (!years.add(target.year())) {
                errors.add(new FieldError("targets", Messages.text("field.target.yearTwice", target.year())));
            }
        }
    }

    /** The checked input onto the indicator: texts stripped, the targets sent replacing the stored ones. */
    private static void write(Indicator indicator, IndicatorInput input, Checked checked) {
        indicator.code = input.code();
        indicator.nameSv = input.name().sv().strip();
        indicator.nameEn = input.name().en().strip();
        indicator.descriptionSv = input.description().sv().strip();
        indicator.descriptionEn = input.description().en().strip();
        indicator.unit = checked.unit();
        indicator.direction = checked.direction();
        indicator.source = checked.source();
        indicator.sourceReference = blank(input.sourceReference()) ? null : input.sourceReference().strip();
        indicator.frequency = checked.frequency();
        indicator.disaggregations = checked.splits().toArray(String[]::new);
        indicator.ageGroups = checked.ageGroups().toArray(String[]::new);
        indicator.owner = checked.owner();
        indicator.baselineValue = input.baseline() == null ? null : input.baseline().value();
        indicator.baselinePeriod = input.baseline() == null ? null : checked.baselinePeriod().code();
        indicator.baselineDemo = false;
        indicator.computedFrom = checked.computedFrom();
        indicator.crimeCategory = checked.crimeCategory();
        indicator.targets.clear();
        for (TargetInput t : input.targets() == null ? List.<TargetInput>of() : input.targets()) {
            IndicatorTarget target = new IndicatorTarget();
            target.year = t.year();
            target.value = t.value();
            indicator.targets.add(target);
        }
        indicator.targets.sort((a, b) -> Integer.compare(a.year, b.year));
    }

    /** The goals the indicator follows: removed from the others (their lists closed up), added last to new ones. */
    private void linkGoals(long indicatorId, Set<Long> goalIds) {
        Long[] wanted = goalIds.toArray(Long[]::new);
        em.createNativeQuery("delete from goal_indicator where indicator_id = ?1 and not (goal_id = any(?2))")
                .setParameter(1, indicatorId).setParameter(2, wanted).executeUpdate();
        em.createNativeQuery("""
                insert into goal_indicator (goal_id, indicator_id, position)
                select g.id, ?1, coalesce((select max(position) + 1 from goal_indicator gi where gi.goal_id = g.id), 0)
                from goal g
                where g.id = any(?2)
                  and not exists (select 1 from goal_indicator gi where gi.goal_id = g.id and gi.indicator_id = ?1)""")
                .setParameter(1, indicatorId).setParameter(2, wanted).executeUpdate();
        // close up gaps left by a removal: move out of the way first, the (goal, position) pair is unique
        em.createNativeQuery("update goal_indicator set position = position + 100000").executeUpdate();
        em.createNativeQuery("""
                update goal_indicator gi set position = r.rn - 1
                from (select goal_id, indicator_id, row_number() over (partition by goal_id order by position) rn
                      from goal_indicator) r
                where r.goal_id = gi.goal_id and r.indicator_id = gi.indicator_id""").executeUpdate();
        policyFigures(indicatorId);
    }

    /**
     * A policy whose goals newly follow the indicator gets its figures for the policy's period
     * as the migration gave existing links: the indicator's baseline and its targets within the
     * period (the policy's own operations change them later); a policy none of whose goals
     * follows it any more loses them.
     */
    private void policyFigures(long indicatorId) {
        em.createNativeQuery("""
                delete from policy_indicator pi
                where pi.indicator_id = ?1
                  and not exists (select 1 from goal_indicator gi join goal g on g.id = gi.goal_id
                                  where gi.indicator_id = ?1 and g.policy_id = pi.policy_id)""")
                .setParameter(1, indicatorId).executeUpdate();
        List<?> added = em.createNativeQuery("""
                insert into policy_indicator (municipality, policy_id, indicator_id, baseline_value, baseline_period,
                                              baseline_demo)
                select ?2, p.id, i.id, i.baseline_value, i.baseline_period, i.baseline_demo
                from indicator i
                join policy p on exists (select 1 from goal_indicator gi join goal g on g.id = gi.goal_id
                                         where gi.indicator_id = i.id and g.policy_id = p.id)
                where i.id = ?1
                  and not exists (select 1 from policy_indicator pi where pi.policy_id = p.id and pi.indicator_id = i.id)
                returning id""").setParameter(1, indicatorId).setParameter(2, municipality.code()).getResultList();
        if (!added.isEmpty()) {
            em.createNativeQuery("""
                    insert into policy_indicator_target (policy_indicator_id, year, value, demo)
                    select pi.id, t.year, t.value, t.demo
                    from policy_indicator pi
                    join policy p on p.id = pi.policy_id
                    join indicator_target t on t.indicator_id = pi.indicator_id and t.year between p.valid_from and p.valid_to
                    where pi.id = any(?1)""").setParameter(1, added.stream().map(x -> ((Number) x).longValue())
                    .toArray(Long[]::new)).executeUpdate();
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String field, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError(field, Messages.text("field.required")));
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw.strip())) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        errors.add(new FieldError(field, Messages.text("field.notOneOf", Limits.cut(raw, 40), String.join(", ", names))));
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
