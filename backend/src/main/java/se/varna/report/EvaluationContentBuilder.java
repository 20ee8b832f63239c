package se.varna.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.varna.common.Municipality;
import se.varna.common.PageRequest;
import se.varna.crimestatistics.CrimeAnswer;
import se.varna.crimestatistics.CrimeCategoryService;
import se.varna.crimestatistics.CrimeDtos.CrimeCategoryTree;
import se.varna.crimestatistics.CrimeStatisticsService;
import se.varna.disclosure.Audience;
import se.varna.disclosure.Disclosure;
import se.varna.goal.GoalDtos.GoalIndicatorView;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.goal.GoalDtos.GoalView;
import se.varna.goal.GoalService;
import se.varna.indicator.IndicatorDirection;
import se.varna.indicator.IndicatorDtos.TargetView;
import se.varna.indicator.IndicatorValueDtos.Series;
import se.varna.indicator.IndicatorValueDtos.SeriesAnswer;
import se.varna.indicator.IndicatorValueService;
import se.varna.measure.MeasureDtos.MeasurePage;
import se.varna.measure.MeasureDtos.MeasureSummary;
import se.varna.measure.MeasureFilter;
import se.varna.measure.MeasureService;
import se.varna.measure.MeasureSort;
import se.varna.measure.MeasureStatus;
import se.varna.measure.PreventionLevel;
import se.varna.measure.PreventionType;
import se.varna.policy.Policy;
import se.varna.policy.PolicyPeriod;
import se.varna.report.EvaluationDtos.EvaluationAgreements;
import se.varna.report.EvaluationDtos.EvaluationContent;
import se.varna.report.EvaluationDtos.EvaluationCrime;
import se.varna.report.EvaluationDtos.EvaluationCrimeBasis;
import se.varna.report.EvaluationDtos.EvaluationGoal;
import se.varna.report.EvaluationDtos.EvaluationIndicator;
import se.varna.report.EvaluationDtos.EvaluationMeasures;
import se.varna.report.EvaluationDtos.TargetOutcome;
import se.varna.report.ReportContentBuilder.Labels;
import se.varna.report.ReportDtos.ReportAgreements;
import se.varna.report.ReportDtos.ReportCount;

/**
 * Builds the evaluation of a policy period from live data through the other modules' services,
 * as {@link ReportContentBuilder} does for a half-year: the policy's own goals (not those in
 * force today), the indicators over the whole period, yearly crime figures (exact, with what
 * publishing them needs) and the measures and agreements of the period.
 */
@ApplicationScoped
public class EvaluationContentBuilder {

    @Inject
    GoalService goals;

    @Inject
    IndicatorValueService indicatorValues;

    @Inject
    CrimeStatisticsService crimeStatistics;

    @Inject
    CrimeCategoryService crimeCategories;

    @Inject
    MeasureService measures;

    @Inject
    ReportContentBuilder halfYears;

    @Inject
    Municipality municipality;

    Clock clock = Clock.systemDefaultZone();

    /** The content with exact figures, and what publishing its crime figures needs. */
    public record Built(EvaluationContent content, EvaluationCrimeBasis crimeBasis) {
    }

    public Built build(Policy policy) {
        LocalDate start = LocalDate.of(policy.validFrom, 1, 1);
        LocalDate end = LocalDate.of(policy.validTo, 12, 31);
        List<EvaluationGoal> goalSections = new ArrayList<>();
        for (GoalView goal : goals.listGoals(policy.id, new PageRequest(PageRequest.MAX_LIMIT, 0)).items()) {
            List<EvaluationIndicator> indicators = new ArrayList<>();
            for (GoalIndicatorView indicator : goal.indicators()) {
                indicators.add(indicator(indicator, policy, policy.validTo + "H2"));
            }
            goalSections.add(new EvaluationGoal(new GoalSummary(goal.id(), goal.number(), goal.title()), indicators));
        }
        String from = ReportContentBuilder.month(policy.validFrom, 1);
        String to = ReportContentBuilder.month(policy.validTo, 12);
        CrimeCategoryTree tree = crimeCategories.categoryTree();
        List<String> categories = Stream.concat(tree.items().stream().map(c -> c.code()),
                tree.groups().stream().map(g -> g.code())).toList();
        CrimeAnswer byCategory = yearly(from, to, categories, "category");
        CrimeAnswer byArea = yearly(from, to, List.of(), "area");
        CrimeAnswer bySex = yearly(from, to, List.of(), "sex");
        CrimeAnswer byAgeGroup = yearly(from, to, List.of(), "ageGroup");
        ReportAgreements agreements = halfYears.agreements(start, end);
        EvaluationContent content = new EvaluationContent(EvaluationDtos.CONTENT_VERSION, period(policy), policy.id,
                from, to, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), goalSections,
                new EvaluationCrime(byCategory.exact(), byArea.exact(), bySex.exact(), byAgeGroup.exact()),
                measures(start, end), new EvaluationAgreements(agreements.items().size(), agreements.commitmentCounts()),
                halfYears.evaluations(end, Audience.EXACT));
        return new Built(content, new EvaluationCrimeBasis(byCategory.cells(), byArea.cells(), bySex.cells(),
                byAgeGroup.cells(), halfYears.evaluations(end, Audience.PUBLIC)));
    }

    /** A policy's period as an evaluation names it: {@code 2020-2025}. */
    static String period(Policy policy) {
        return PolicyPeriod.of(policy).code();
    }

    private CrimeAnswer yearly(String from, String to, List<String> categories, String groupBy) {
        return crimeStatistics.answer(new CrimeStatisticsService.Query(from, to, categories, List.of(),
                List.of(groupBy, "year"), "count"));
    }

    /**
     * An indicator over the period, measured against what the policy set for it (its baseline and
     * targets for the period, not the indicator's own, which a later policy may have changed).
     */
    private EvaluationIndicator indicator(GoalIndicatorView indicator, Policy policy, String until) {
        SeriesAnswer answer = indicatorValues.readSeriesUnderPolicy(indicator.id(),
                new IndicatorValueService.SeriesFilter(null, until, municipality.code(), "total", "total"),
                Audience.EXACT, policy.id, LocalDate.of(policy.validFrom, 1, 1));
        Series series = answer.series().stream().filter(s -> s.latest() != null).findFirst().orElse(null);
        return new EvaluationIndicator(answer.indicator(), answer.frequency(), indicator.baseline(),
                indicator.targets(), targetOutcome(indicator.direction(), series, indicator.targets()), series);
    }

    /** The last value against the policy's target for its year (or the next later one). */
    static TargetOutcome targetOutcome(IndicatorDirection direction, Series series, List<TargetView> targets) {
        if (series == null || series.latest() == null || series.latest().value() == null || direction == null
                || series.latest().disclosure() == Disclosure.suppressed) {
            return TargetOutcome.unknown;
        }
        int year = Integer.parseInt(series.latest().period().substring(0, 4));
        TargetView target = targets.stream().filter(t -> t.year() >= year).min(Comparator.comparingInt(TargetView::year))
                .orElse(null);
        if (target == null) {
            return TargetOutcome.unknown;
        }
        double value = series.latest().value();
        boolean met = direction == IndicatorDirection.higherIsBetter ? value >= target.value() : value <= target.value();
        return met ? TargetOutcome.met : TargetOutcome.notMet;
    }

    /** The measures run in the period, each counted once per table. */
    private EvaluationMeasures measures(LocalDate start, LocalDate end) {
        MeasureFilter all = new MeasureFilter(null, null, null, null, null, null, null, null, null, null, false);
        String order = MeasureSort.parse("title");
        Map<MeasureStatus, Long> byStatus = zeros(MeasureStatus.class, MeasureStatus.values());
        Map<PreventionType, Long> byType = zeros(PreventionType.class, PreventionType.values());
        Map<PreventionLevel, Long> byLevel = zeros(PreventionLevel.class, PreventionLevel.values());
        Map<String, ReportCount> byOrganisation = new LinkedHashMap<>();
        long total = 0;
        for (int offset = 0;; offset += PageRequest.MAX_LIMIT) {
            MeasurePage page = measures.listMeasures(all, order, new PageRequest(PageRequest.MAX_LIMIT, offset));
            for (MeasureSummary m : page.items()) {
                boolean run = !m.startDate().isAfter(end) && (m.endDate() == null || !m.endDate().isBefore(start));
                if (!run) {
                    continue;
                }
                total++;
                byStatus.merge(m.status(), 1L, Long::sum);
                byType.merge(m.preventionType(), 1L, Long::sum);
                byLevel.merge(m.preventionLevel(), 1L, Long::sum);
                var o = m.responsibleOrganisation();
                byOrganisation.merge(o.code(), new ReportCount(o.code(), o.name(), 1),
                        (a, b) -> new ReportCount(a.key(), a.label(), a.count() + 1));
            }
            if (page.items().size() < PageRequest.MAX_LIMIT) {
                break;
            }
        }
        return new EvaluationMeasures(total,
                byStatus.entrySet().stream().map(e -> new ReportCount(e.getKey().name(), Labels.status(e.getKey()),
                        e.getValue())).toList(),
                byType.entrySet().stream().map(e -> new ReportCount(e.getKey().name(),
                        Labels.preventionType(e.getKey()), e.getValue())).toList(),
                byLevel.entrySet().stream().map(e -> new ReportCount(e.getKey().name(),
                        Labels.preventionLevel(e.getKey()), e.getValue())).toList(),
                byOrganisation.values().stream()
                        .sorted(java.util.Comparator.comparingLong(ReportCount::count).reversed()
                                .thenComparing(ReportCount::key))
                        .toList());
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type, E[] values) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E v : values) {
            counts.put(v, 0L);
        }
        return counts;
    }
}
