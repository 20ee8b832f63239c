package se.varna.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.varna.area.Area;
import se.varna.area.AreaService;
import se.varna.area.AreaType;
import se.varna.common.CurrentCaller;
import se.varna.common.FieldError;
import se.varna.common.ForbiddenProblem;
import se.varna.common.InvalidParameterException;
import se.varna.common.Messages;
import se.varna.common.NotFoundProblem;
import se.varna.disclosure.Audience;
import se.varna.disclosure.Disclosure;
import se.varna.disclosure.DisclosureControl;
import se.varna.disclosure.DisclosureControl.PublishedValue;
import se.varna.indicator.IndicatorDtos.Baseline;
import se.varna.indicator.IndicatorDtos.Freshness;
import se.varna.indicator.IndicatorDtos.IndicatorSummary;
import se.varna.indicator.IndicatorDtos.TargetView;
import se.varna.indicator.IndicatorValueDtos.AreaRef;
import se.varna.indicator.IndicatorValueDtos.Observation;
import se.varna.indicator.IndicatorValueDtos.RecordedValue;
import se.varna.indicator.IndicatorValueDtos.Series;
import se.varna.indicator.IndicatorValueDtos.SeriesAnswer;
import se.varna.indicator.IndicatorValueDtos.ValueInput;

/**
 * An indicator's values: read as series (per area, sex and age group) with the latest value
 * against the previous one, the baseline and the target; recorded one at a time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorValueService {

    private static final List<String> SEX_ORDER = List.of("total", "female", "male");

    @Inject
    CurrentCaller caller;

    @Inject
    AreaService areas;

    @Inject
    IndicatorService indicators;

    @Inject
    IndicatorValueStore store;

    @Inject
    DisclosureControl disclosure;

    @Inject
    ComputedValues computedValues;

    @Inject
    TargetBasis targetBasis;

    /** The filters of a series read, as sent. */
    public record SeriesFilter(String from, String to, String area, String sex, String ageGroup) {
    }

    /** The series as the current caller may see them. */
    public SeriesAnswer readSeries(long indicatorId, SeriesFilter filter) {
        return readSeries(indicatorId, filter, disclosure.audience());
    }

    /**
     * The series as the audience may see them ({@link Audience#EXACT}: as recorded), judged as
     * of today: against the figures of the policy in force today.
     */
    public SeriesAnswer readSeries(long indicatorId, SeriesFilter filter, Audience audience) {
        return readSeries(indicatorId, filter, audience, targetBasis.today());
    }

    /**
     * The series judged as in a period starting on {@code judgedOn} (a half-year's first day):
     * against the figures of the policy in force that day ({@link TargetBasis}).
     */
    public SeriesAnswer readSeries(long indicatorId, SeriesFilter filter, Audience audience, LocalDate judgedOn) {
        Indicator indicator = indicatorWithTargets(indicatorId);
        return readSeries(indicator, filter, audience, judgedOn, targetBasis.inForceOn(indicator, judgedOn));
    }

    /** The series judged against the figures the policy {@code policyId} sets (its evaluation). */
    public SeriesAnswer readSeriesUnderPolicy(long indicatorId, SeriesFilter filter, Audience audience,
            long policyId, LocalDate judgedOn) {
        Indicator indicator = indicatorWithTargets(indicatorId);
        return readSeries(indicator, filter, audience, judgedOn, targetBasis.ofPolicy(indicator, policyId));
    }

    private SeriesAnswer readSeries(Indicator indicator, SeriesFilter filter, Audience audience, LocalDate judgedOn,
            TargetBasis.Figures figures) {
        Narrowing narrowing = narrowing(indicator, filter);
        if (indicator.computed()) {
            return computedSeries(indicator, narrowing, audience, judgedOn, figures);
        }
        List<IndicatorValue> values = values(indicator.id, narrowing);
        Freshness freshness = indicators.freshness(List.of(indicator)).getOrDefault(indicator.id, Freshness.NONE);
        return new SeriesAnswer(IndicatorSummary.of(indicator), indicator.frequency, Baseline.of(indicator),
                indicator.targets.stream().map(TargetView::of).toList(), figures.view(judgedOn), freshness,
                values.stream().anyMatch(v -> v.demo), series(indicator, values, audience, figures));
    }

    /**
     * A computed indicator's series: its values from its source, already published for the
     * audience (the crime statistics' by their disclosure control); the latest, the changes and the status follow
     * from them as they do from recorded values. Its values are not split by sex or age group.
     */
    private SeriesAnswer computedSeries(Indicator indicator, Narrowing narrowing, Audience audience,
            LocalDate judgedOn, TargetBasis.Figures figures) {
        boolean whole = (narrowing.sex() == null || ValueRules.TOTAL.equals(narrowing.sex()))
                && (narrowing.ageGroup() == null || ValueRules.TOTAL.equals(narrowing.ageGroup()));
        ComputedValues.Coverage coverage = computedValues.coverage(List.of(indicator));
        List<ComputedValues.ComputedSeries> computed = whole
                ? computedValues.series(indicator, narrowing.from(), narrowing.to(), narrowing.area(), audience, coverage)
                : List.of();
        List<Series> series = computed.stream()
                .filter(c -> !c.observations().isEmpty())
                .sorted(Comparator.<ComputedValues.ComputedSeries, Integer>comparing(
                        c -> c.area().type == AreaType.municipality ? 0 : 1).thenComparing(c -> c.area().name))
                .map(c -> series(indicator, areaRef(c.area()), ValueRules.TOTAL, ValueRules.TOTAL, c.demo(),
                        c.observations(), null, figures))
                .toList();
        return new SeriesAnswer(IndicatorSummary.of(indicator), indicator.frequency, Baseline.of(indicator),
                indicator.targets.stream().map(TargetView::of).toList(), figures.view(judgedOn),
                ComputedValues.freshness(indicator, coverage),
                series.stream().anyMatch(Series::demo), series);
    }

    /** The filters of a series read, parsed: each null when not given. */
    private record Narrowing(Period from, Period to, Area area, String sex, String ageGroup) {
    }

    /** The filters parsed and checked against the indicator, every invalid one named. */
    private Narrowing narrowing(Indicator indicator, SeriesFilter filter) {
        List<FieldError> errors = new ArrayList<>();
        Period from = period("from", filter.from(), errors);
        Period to = period("to", filter.to(), errors);
        Area area = blank(filter.area()) ? null : areas.requireByCode(filter.area(), "area", errors);
        String sex = blank(filter.sex()) ? null : filter.sex().strip().toLowerCase(Locale.ROOT);
        if (sex != null && !ValueRules.SEXES.contains(sex)) {
            errors.add(new FieldError("sex", "must be one of total, female, male"));
        }
        String ageGroup = blank(filter.ageGroup()) ? null : filter.ageGroup().strip().toLowerCase(Locale.ROOT);
        if (ageGroup != null && !ValueRules.TOTAL.equals(ageGroup)
                && !Arrays.asList(indicator.ageGroups).contains(ageGroup)) {
            errors.add(new FieldError("ageGroup", indicator.ageGroups.length == 0
                    ? "must be total: " + indicator.code + " is not split by age group"
                    : "must be total or one of " + String.join(", ", indicator.ageGroups)));
        }
        if (from != null && to != null && to.end().isBefore(from.start())) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        return new Narrowing(from, to, area, sex, ageGroup);
    }

    /** The indicator's values the filters leave, oldest first. */
    private static List<IndicatorValue> values(long indicatorId, Narrowing narrowing) {
        StringBuilder query = new StringBuilder(
                "select v from IndicatorValue v join fetch v.area a where v.indicator.id = :indicator");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("indicator", indicatorId);
        if (narrowing.from() != null) {
            query.append(" and v.periodStart >= :from");
            parameters.put("from", narrowing.from().start());
        }
        if (narrowing.to() != null) {
            query.append(" and v.periodEnd <= :to");
            parameters.put("to", narrowing.to().end());
        }
        if (narrowing.area() != null) {
            query.append(" and a.id = :area");
            parameters.put("area", narrowing.area().id);
        }
        if (narrowing.sex() != null) {
            query.append(" and v.sex = :sex");
            parameters.put("sex", narrowing.sex());
        }
        if (narrowing.ageGroup() != null) {
            query.append(" and v.ageGroup = :ageGroup");
            parameters.put("ageGroup", narrowing.ageGroup());
        }
        query.append(" order by v.periodStart, v.periodEnd");
        return IndicatorValue.<IndicatorValue>find(query.toString(), parameters).list();
    }

    /**
     * The values grouped into series by area, sex and age group: the municipality first, then
     * the other areas by name; per area the sexes in their order; per sex total, then the
     * indicator's age bands in its order.
     */
    private List<Series> series(Indicator indicator, List<IndicatorValue> values, Audience audience,
            TargetBasis.Figures figures) {
        Map<String, List<IndicatorValue>> grouped = new LinkedHashMap<>();
        for (IndicatorValue v : values) {
            grouped.computeIfAbsent(v.area.id + "|" + v.sex + "|" + v.ageGroup, k -> new ArrayList<>()).add(v);
        }
        List<String> ageOrder = new ArrayList<>();
        ageOrder.add(ValueRules.TOTAL);
        ageOrder.addAll(List.of(indicator.ageGroups));
        Comparator<List<IndicatorValue>> order = Comparator
                .<List<IndicatorValue>, Integer>comparing(s -> s.get(0).area.type == AreaType.municipality ? 0 : 1)
                .thenComparing(s -> s.get(0).area.name)
                .thenComparing(s -> SEX_ORDER.indexOf(s.get(0).sex))
                .thenComparing(s -> ageOrder.indexOf(s.get(0).ageGroup) < 0 ? Integer.MAX_VALUE
                        : ageOrder.indexOf(s.get(0).ageGroup))
                .thenComparing(s -> s.get(0).ageGroup);
        return grouped.values().stream().sorted(order)
                .map(s -> series(indicator, s.get(0), s.stream().map(IndicatorValueService::observation).toList(),
                        audience, figures))
                .toList();
    }

    private static Indicator indicatorWithTargets(long indicatorId) {
        return Indicator.<Indicator>find(
                "select distinct i from Indicator i left join fetch i.targets left join fetch i.owner where i.id = ?1",
                indicatorId).singleResultOptional().orElseThrow(() -> new NotFoundProblem("indicator", indicatorId));
    }

    /**
     * A series as the reader may see it, from its exact observations (a live read's, or those a
     * report froze): each value published by the disclosure control, then the latest, the
     * changes and the status computed from what is published, so that none of them tells more
     * than the values do.
     */
    public Series publish(long indicatorId, Series exact, Audience audience) {
        return publish(indicatorId, exact, audience, targetBasis.today());
    }

    /** As {@link #publish(long, Series, Audience)}, judged as in a period starting on {@code judgedOn}. */
    public Series publish(long indicatorId, Series exact, Audience audience, LocalDate judgedOn) {
        Indicator indicator = indicatorWithTargets(indicatorId);
        return publish(indicator, exact, audience, targetBasis.inForceOn(indicator, judgedOn));
    }

    /** As {@link #publish(long, Series, Audience)}, judged against what the policy {@code policyId} sets. */
    public Series publishUnderPolicy(long indicatorId, Series exact, Audience audience, long policyId) {
        Indicator indicator = indicatorWithTargets(indicatorId);
        return publish(indicator, exact, audience, targetBasis.ofPolicy(indicator, policyId));
    }

    private Series publish(Indicator indicator, Series exact, Audience audience, TargetBasis.Figures figures) {
        if (indicator.computedFrom == IndicatorComputation.crimeStatistics && !audience.exact()) {
            return publishedComputed(indicator, exact, audience, figures);
        }
        // the agreements' shares are exact for every reader (ComputedValues says why)
        if (indicator.computedFrom == IndicatorComputation.agreementCommitments) {
            return series(indicator, exact.area(), exact.sex(), exact.ageGroup(), exact.demo(), exact.observations(),
                    null, figures);
        }
        return series(indicator, exact.area(), exact.sex(), exact.ageGroup(), exact.demo(), exact.observations(),
                audience, figures);
    }

    /**
     * A computed series kept exact (in an approved report) as a reader without exact figures may
     * see it: its counts can only be published by the crime statistics' cell-key method, which
     * needs the facts' record keys, so the same periods are computed again and published that
     * way. A later crime import can change them, as it changes the crime statistics themselves.
     */
    private Series publishedComputed(Indicator indicator, Series exact, Audience audience,
            TargetBasis.Figures figures) {
        if (exact.observations().isEmpty()) {
            return exact;
        }
        Area area = areas.findByCode(exact.area().code()).orElse(null);
        Period from = Period.of(exact.observations().get(0).period());
        Period to = Period.of(exact.observations().get(exact.observations().size() - 1).period());
        List<ComputedValues.ComputedSeries> computed = area == null ? List.of()
                : computedValues.series(indicator, from, to, area, audience,
                        computedValues.coverage(List.of(indicator)));
        List<Observation> published = computed.isEmpty() ? exact.observations().stream()
                .map(o -> new Observation(o.period(), null, Disclosure.suppressed, null, null, o.status(), o.source(),
                        o.demo(), o.updatedAt()))
                .toList() : computed.get(0).observations();
        return series(indicator, exact.area(), exact.sex(), exact.ageGroup(), exact.demo(), published, null, figures);
    }

    private Series series(Indicator indicator, IndicatorValue first, List<Observation> exact, Audience audience,
            TargetBasis.Figures figures) {
        return series(indicator, areaRef(first.area), first.sex, first.ageGroup, exact.stream().anyMatch(Observation::demo),
                exact, audience, figures);
    }

    /** A series judged against {@code figures}: the baseline and targets {@link TargetBasis} says apply. */
    private Series series(Indicator indicator, AreaRef area, String sex, String ageGroup, boolean demo,
            List<Observation> exact, Audience audience, TargetBasis.Figures figures) {
        // a null audience: the observations are published already (a computed indicator's)
        List<Observation> observations = audience == null ? exact
                : exact.stream().map(o -> publish(indicator, o, audience)).toList();
        Observation latest = observations.get(observations.size() - 1);
        Observation previous = observations.size() > 1 ? observations.get(observations.size() - 2) : null;
        Period latestPeriod = Period.of(latest.period());
        Double change = previous == null || latest.value() == null || previous.value() == null ? null
                : BigDecimal.valueOf(latest.value()).subtract(BigDecimal.valueOf(previous.value())).doubleValue();
        BigDecimal baseline = figures.baselineValue();
        Double fromBaseline = baseline == null || latest.value() == null ? null
                : BigDecimal.valueOf(latest.value()).subtract(baseline).doubleValue();
        TargetBasis.Chosen chosen = figures.targetFor(latestPeriod.year()).orElse(null);
        IndicatorTarget target = chosen == null ? null : chosen.target();
        IndicatorStatus status = latest.value() == null ? IndicatorStatus.unknown
                : StatusRule.status(indicator.direction, target, latestPeriod, latest.value(),
                        previous == null || previous.value() == null ? null : Period.of(previous.period()),
                        previous == null ? null : previous.value());
        return new Series(area, sex, ageGroup, demo, latest, previous == null ? null : previous.period(), change,
                fromBaseline, target == null ? null : TargetView.of(target), chosen == null ? null : chosen.from(),
                status, observations);
    }

    /** Survey-based indicators: a value without a denominator counts as too few respondents. */
    private static boolean surveyBased(Indicator indicator) {
        return indicator.source == IndicatorSource.residentSurvey || indicator.source == IndicatorSource.schoolSurvey;
    }

    private Observation publish(Indicator indicator, Observation o, Audience audience) {
        PublishedValue published = disclosure.indicatorValue(audience, indicator.owner == null ? null
                : indicator.owner.code, surveyBased(indicator), indicator.unit == IndicatorUnit.percent,
                decimal(o.value()), decimal(o.numerator()), decimal(o.denominator()));
        return new Observation(o.period(), published.value() == null ? null : published.value().doubleValue(),
                published.disclosure(), published.numerator() == null ? null : published.numerator().doubleValue(),
                published.denominator() == null ? null : published.denominator().doubleValue(), o.status(),
                o.source(), o.demo(), o.updatedAt());
    }

    private static BigDecimal decimal(Double d) {
        return d == null ? null : BigDecimal.valueOf(d);
    }

    static AreaRef areaRef(Area a) {
        return new AreaRef(a.code, a.name, a.type.name());
    }

    /** A value as recorded: exact. */
    static Observation observation(IndicatorValue v) {
        return new Observation(v.period, v.value.doubleValue(), Disclosure.exact,
                v.numerator == null ? null : v.numerator.doubleValue(),
                v.denominator == null ? null : v.denominator.doubleValue(), v.status, v.source, v.demo, v.updatedAt);
    }

    /**
     * Records one value: a coordinator for any indicator, an editor for those of their own
     * organisation (otherwise 403). The same key again replaces the figures.
     */
    @Transactional
    public RecordedValue recordValue(long indicatorId, ValueInput input) {
        if (input == null) {
            throw new InvalidParameterException("body", "is required");
        }
        ValueRules rules = ValueRules.load(caller, areas.index());
        Indicator indicator = Indicator.<Indicator>find("select i from Indicator i left join fetch i.owner where i.id = ?1",
                indicatorId).singleResultOptional().orElseThrow(() -> new NotFoundProblem("indicator", indicatorId));
        if (!rules.mayRecord(indicator)) {
            throw new ForbiddenProblem(Messages.text("forbidden.indicatorValue", indicator.code));
        }
        if (indicator.computed()) {
            throw new ComputedIndicatorProblem(indicator.code);
        }
        ValueRules.Checked checked = rules.check(new ValueRules.Raw(null, indicator.code, input.period(), input.area(),
                input.sex(), input.ageGroup(), text(input.value()), text(input.numerator()), text(input.denominator()),
                input.status(), input.source()));
        if (checked.valid() == null) {
            throw new InvalidParameterException(checked.errors());
        }
        IndicatorValueStore.Stored stored = store.store(List.of(checked.valid()), caller.username(), false).get(0);
        IndicatorValue v = IndicatorValue.<IndicatorValue>find("select v from IndicatorValue v join fetch v.area where v.id = ?1",
                stored.id()).singleResult();
        IndicatorValue.getEntityManager().refresh(v);
        return new RecordedValue(indicator.code, v.period, areaRef(v.area), v.sex, v.ageGroup, v.value.doubleValue(),
                v.numerator == null ? null : v.numerator.doubleValue(),
                v.denominator == null ? null : v.denominator.doubleValue(), v.status, v.source, v.demo, v.updatedAt,
                v.updatedBy, stored.outcome().name());
    }

    private static String text(java.math.BigDecimal n) {
        return n == null ? null : n.toPlainString();
    }

    private static Period period(String name, String raw, List<FieldError> errors) {
        if (blank(raw)) {
            return null;
        }
        Optional<Period> p = Period.parse(raw);
        if (p.isEmpty()) {
            errors.add(new FieldError(name, Messages.text("import.row.period.unknown", ValueRules.shorten(raw), Period.forms())));
            return null;
        }
        return p.get();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
