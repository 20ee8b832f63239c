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

import se.varna.common.FieldError;
import se.varna.common.InvalidParameterException;
import se.varna.common.Limits;
import se.varna.common.LocalizedText;
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
 * targets, owner and goals. Every field is checked and every problem named at once.
 */
@ApplicationScoped
public class IndicatorAdminService {

    /** The longest name, in each language (the contract's maxLength and the column's). */
    static final int NAME_MAX = 500;
    /** The longest description, in each language. */
    static final int DESCRIPTION_MAX = 10_000;
    /** The longest reference to the source, e.g. a Kolada KPI id (the column's length). */
    static final int SOURCE_REFERENCE_MAX = 255;

    @Inject
    EntityManager em;

    @Inject
    IndicatorService indicators;

    @Inject
    OrganisationService organisations;

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
        List<FieldError> errors = new ArrayList<>();
        String code = input.code() == null ? "" : input.code().strip();
        if (!code.matches("[A-Z0-9_]{2,64}")) {
            errors.add(new FieldError("code", Messages.text("field.indicatorCode")));
        } else if (Indicator.count("code = ?1 and id != ?2", code, indicator.id == null ? -1L : indicator.id) > 0) {
            errors.add(new FieldError("code", Messages.text("field.indicatorCode.taken", code)));
        }
        text(input.name(), "name", NAME_MAX, errors);
        text(input.description(), "description", DESCRIPTION_MAX, errors);
        IndicatorUnit unit = enumValue(IndicatorUnit.class, input.unit(), "unit", errors);
        IndicatorDirection direction = enumValue(IndicatorDirection.class, input.direction(), "direction", errors);
        IndicatorSource source = enumValue(IndicatorSource.class, input.source(), "source", errors);
        IndicatorFrequency frequency = enumValue(IndicatorFrequency.class, input.frequency(), "frequency", errors);
        String reference = input.sourceReference() == null || input.sourceReference().isBlank() ? null
                : input.sourceReference().strip();
        if (reference != null && reference.length() > SOURCE_REFERENCE_MAX) {
            errors.add(new FieldError("sourceReference", Messages.text("field.longerThan", 255)));
        }

        Set<String> splits = new LinkedHashSet<>();
        List<String> disaggregations = input.disaggregations() == null
                || !Limits.codes(errors, "disaggregations", input.disaggregations(), Limits.ITEMS, Limits.CODE)
                        ? List.of() : input.disaggregations();
        for (String d : disaggregations) {
            if (enumValue(Disaggregation.class, d, "disaggregations", errors) != null && !splits.add(d)) {
                errors.add(new FieldError("disaggregations", Messages.text("field.namesTwice", d)));
            }
        }
        Set<String> ages = new LinkedHashSet<>();
        @SuppressWarnings("unchecked")
        List<String> known = em.createNativeQuery("select code from age_group order by sort_order").getResultList();
        List<String> ageGroups = input.ageGroups() == null
                || !Limits.codes(errors, "ageGroups", input.ageGroups(), Limits.ITEMS, Limits.CODE) ? List.of()
                        : input.ageGroups();
        for (String a : ageGroups) {
            if (!known.contains(a)) {
                errors.add(new FieldError("ageGroups", Messages.text("field.ageGroup.unknown", a, String.join(", ", known))));
            } else if (!ages.add(a)) {
                errors.add(new FieldError("ageGroups", Messages.text("field.namesTwice", a)));
            }
        }
        if (!ages.isEmpty() && !splits.contains(Disaggregation.ageGroup.name())) {
            errors.add(new FieldError("ageGroups", Messages.text("field.ageGroups.notSplit")));
        }
        if ((input.ageGroups() == null || input.ageGroups().isEmpty()) && splits.contains(Disaggregation.ageGroup.name())) {
            errors.add(new FieldError("ageGroups", Messages.text("field.ageGroups.missing")));
        }

        Organisation owner = null;
        if (input.owner() != null && !input.owner().isBlank()
                && Limits.maxLength(errors, "owner", input.owner(), Limits.CODE)) {
            owner = organisations.requireByCode(input.owner(), "owner", errors);
        }
        Set<Long> goalIds = new LinkedHashSet<>(input.goals() == null
                || !Limits.maxItems(errors, "goals", input.goals(), Limits.ITEMS) ? List.of() : input.goals());
        for (Long goalId : goalIds) {
            if (goalId == null || Goal.findById(goalId) == null) {
                errors.add(new FieldError("goals", Messages.text("field.noGoal", goalId)));
            }
        }

        BaselineInput baseline = input.baseline();
        Period baselinePeriod = null;
        if (baseline != null) {
            baselinePeriod = Period.parse(baseline.period()).orElse(null);
            if (baselinePeriod == null) {
                errors.add(new FieldError("baseline.period", Messages.text("field.period.unknown", Period.forms())));
            } else if (frequency != null && baselinePeriod.kind() != frequency) {
                errors.add(new FieldError("baseline.period", Messages.text("field.period.frequency",
                        Period.exampleOf(frequency), Messages.text("frequency." + frequency.name()))));
            }
            if (baseline.value() == null) {
                errors.add(new FieldError("baseline.value", Messages.text("field.required")));
            }
        }
        Set<Integer> years = new HashSet<>();
        List<TargetInput> targets = input.targets() == null
                || !Limits.maxItems(errors, "targets", input.targets(), Limits.ITEMS) ? List.of() : input.targets();
        for (TargetInput target : targets) {
            if (target == null || target.year() == null || target.year() < 1900 || target.year() > 2100) {
                errors.add(new FieldError("targets", Messages.text("field.target.year")));
            } else if (!years.add(target.year())) {
                errors.add(new FieldError("targets", Messages.text("field.target.yearTwice", target.year())));
            }
            if (target != null && target.value() == null) {
                errors.add(new FieldError("targets", Messages.text("field.target.value")));
            }
        }
        if (!creating && frequency != null && frequency != indicator.frequency
                && IndicatorValue.count("indicator.id", indicator.id) > 0) {
            errors.add(new FieldError("frequency", Messages.text("field.frequency.locked")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }

        indicator.code = code;
        indicator.nameSv = input.name().sv().strip();
        indicator.nameEn = input.name().en().strip();
        indicator.descriptionSv = input.description().sv().strip();
        indicator.descriptionEn = input.description().en().strip();
        indicator.unit = unit;
        indicator.direction = direction;
        indicator.source = source;
        indicator.sourceReference = reference;
        indicator.frequency = frequency;
        indicator.disaggregations = splits.toArray(String[]::new);
        indicator.ageGroups = ages.toArray(String[]::new);
        indicator.owner = owner;
        indicator.baselineValue = baseline == null ? null : baseline.value();
        indicator.baselinePeriod = baseline == null ? null : baselinePeriod.code();
        indicator.baselineDemo = false;
        indicator.targets.clear();
        for (TargetInput t : targets) {
            IndicatorTarget target = new IndicatorTarget();
            target.year = t.year();
            target.value = t.value();
            indicator.targets.add(target);
        }
        indicator.targets.sort((a, b) -> Integer.compare(a.year, b.year));
        if (creating) {
            indicator.persist();
        }
        em.flush();
        linkGoals(indicator.id, goalIds);
        em.clear();
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
    }

    private static void text(LocalizedText value, String field, int max, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, Messages.text("field.required.bilingual")));
            return;
        }
        for (String[] part : new String[][] { { "sv", value.sv() }, { "en", value.en() } }) {
            if (part[1] == null || part[1].isBlank()) {
                errors.add(new FieldError(field + "." + part[0], Messages.text("field.required")));
            } else if (part[1].length() > max) {
                errors.add(new FieldError(field + "." + part[0], Messages.text("field.longerThan", max)));
            }
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

}
