package se.varna.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.varna.actionplan.ActionPlanService;
import se.varna.agreement.AgreementDtos.AgreementPage;
import se.varna.agreement.AgreementDtos.AgreementSummary;
import se.varna.agreement.AgreementDtos.CommitmentCounts;
import se.varna.agreement.AgreementService;
import se.varna.agreement.CommitmentStatus;
import se.varna.safetyanalysis.SafetyAnalysisDtos.SafetyAnalysisPage;
import se.varna.safetyanalysis.SafetyAnalysisDtos.SafetyAnalysisSummary;
import se.varna.safetyanalysis.SafetyAnalysisService;
import se.varna.common.LocalizedText;
import se.varna.common.Messages;
import se.varna.common.Municipality;
import se.varna.common.PageRequest;
import se.varna.crimestatistics.CrimeAnswer;
import se.varna.disclosure.Audience;
import se.varna.crimestatistics.CrimeStatisticsService;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.goal.GoalDtos.GoalView;
import se.varna.goal.GoalService;
import se.varna.indicator.IndicatorDirection;
import se.varna.goal.GoalDtos.GoalIndicatorView;
import se.varna.indicator.IndicatorValueDtos.Series;
import se.varna.indicator.IndicatorValueDtos.SeriesAnswer;
import se.varna.indicator.IndicatorValueService;
import se.varna.indicator.Period;
import se.varna.measure.EvaluationDtos.EvaluationSummary;
import se.varna.measure.MeasureEvaluationService;
import se.varna.measure.MeasureDtos.MeasurePage;
import se.varna.measure.MeasureDtos.MeasureSummary;
import se.varna.measure.MeasureFilter;
import se.varna.measure.MeasureService;
import se.varna.measure.MeasureSort;
import se.varna.measure.MeasureStatus;
import se.varna.measure.PreventionLevel;
import se.varna.measure.PreventionType;
import se.varna.policy.PolicyService;
import se.varna.report.ReportDtos.ReportAgreement;
import se.varna.report.ReportDtos.ReportAgreements;
import se.varna.report.ReportDtos.ReportCommitment;
import se.varna.report.ReportDtos.ReportContent;
import se.varna.report.ReportDtos.ReportCount;
import se.varna.report.ReportDtos.ReportCrime;
import se.varna.report.ReportDtos.ReportEvaluation;
import se.varna.report.ReportDtos.ReportGoal;
import se.varna.report.ReportDtos.ReportIndicator;
import se.varna.report.ReportDtos.ReportMeasures;
import se.varna.report.ReportDtos.ReportTrend;

/**
 * Builds a report's content from live data through the other modules' services (goals,
 * indicator series, crime statistics, measures): no SQL of its own. The content is exact;
 * {@link ReportDisclosure} makes each reader's view of it.
 */
@ApplicationScoped
public class ReportContentBuilder {

    @Inject
    GoalService goals;

    @Inject
    PolicyService policies;

    @Inject
    IndicatorValueService indicatorValues;

    @Inject
    CrimeStatisticsService crimeStatistics;

    @Inject
    MeasureService measures;

    @Inject
    AgreementService agreements;

    @Inject
    SafetyAnalysisService safetyAnalyses;

    @Inject
    MeasureEvaluationService evaluations;

    @Inject
    Municipality municipality;

    @Inject
    ActionPlanService plans;

    Clock clock = Clock.systemDefaultZone();

    /** The content with exact figures, and what publishing its crime figures needs. */
    public record Built(ReportContent content, ReportCrimeBasis crimeBasis) {
    }

    /** The content with exact figures. */
    public Built build(Period half) {
        // the report is bound to its period: the goals of the policy in force on its first day
        Long policy = policies.policyInForceOn(half.start()).orElse(null);
        List<GoalView> policyGoals = policy == null ? List.of()
                : goals.listGoals(policy, new PageRequest(PageRequest.MAX_LIMIT, 0)).items();
        List<ReportGoal> goalSections = new ArrayList<>();
        for (GoalView goal : policyGoals) {
            List<ReportIndicator> indicators = new ArrayList<>();
            for (GoalIndicatorView indicator : goal.indicators()) {
                indicators.add(indicator(indicator, half));
            }
            goalSections.add(new ReportGoal(new GoalSummary(goal.id(), goal.number(), goal.title()), indicators));
        }
        String from = month(half.start().getYear(), half.start().getMonthValue());
        String to = month(half.end().getYear(), half.end().getMonthValue());
        CrimeAnswer byArea = crimeQuery(from, to, "area");
        CrimeAnswer bySex = crimeQuery(from, to, "sex");
        CrimeAnswer byAgeGroup = crimeQuery(from, to, "ageGroup");
        ReportContent content = new ReportContent(ReportDtos.CONTENT_VERSION, half.code(), from, to,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), goalSections,
                new ReportCrime(byArea.exact(), bySex.exact(), byAgeGroup.exact()),
                measures(policyGoals, policy == null ? Map.of() : policies.goalsInto(policy)),
                agreements(half.start(), half.end()), safetyAnalyses(half), evaluations(half.end(), Audience.EXACT),
                plans.inForce(half.end()).orElse(null));
        return new Built(content, new ReportCrimeBasis(byArea.cells(), bySex.cells(), byAgeGroup.cells(),
                evaluations(half.end(), Audience.PUBLIC)));
    }

    /**
     * The effect follow-ups of the measures whose intervention started by {@code until} (the
     * half-year's or the evaluated period's end), as the audience may see them, their words in
     * both languages.
     */
    List<ReportEvaluation> evaluations(java.time.LocalDate until, Audience audience) {
        List<EvaluationSummary> sv = Messages.in(Messages.SWEDISH, () -> evaluations.summaries(until, audience));
        List<EvaluationSummary> en = Messages.in(Messages.ENGLISH, () -> evaluations.summaries(until, audience));
        List<ReportEvaluation> items = new ArrayList<>();
        for (int i = 0; i < sv.size() && i < en.size(); i++) {
            EvaluationSummary s = sv.get(i);
            EvaluationSummary e = en.get(i);
            items.add(new ReportEvaluation(s.measureId(), s.measureTitle(), new LocalizedText(s.outcomeName(),
                    e.outcomeName()), s.retrospective(), s.estimate(), s.insufficientData(),
                    new LocalizedText(s.sentence(), e.sentence())));
        }
        return items;
    }

    /** The agreements in force at some time from {@code from} to {@code to}, each with its commitments. */
    ReportAgreements agreements(java.time.LocalDate from, java.time.LocalDate to) {
        List<AgreementSummary> summaries = new ArrayList<>();
        for (int offset = 0;; offset += PageRequest.MAX_LIMIT) {
            AgreementPage page = agreements.list(null, null, null, from, to,
                    new PageRequest(PageRequest.MAX_LIMIT, offset));
            summaries.addAll(page.items());
            if (page.items().size() < PageRequest.MAX_LIMIT) {
                break;
            }
        }
        Map<CommitmentStatus, Long> counts = new EnumMap<>(CommitmentStatus.class);
        List<ReportAgreement> items = new ArrayList<>();
        for (AgreementSummary summary : summaries) {
            List<ReportCommitment> commitments = agreements.get(summary.id()).commitments().stream()
                    .map(c -> new ReportCommitment(c.id(), c.text(), c.responsibleOrganisation(), c.status(),
                            c.statusComment(), c.statusUpdatedAt()))
                    .toList();
            commitments.forEach(c -> counts.merge(c.status(), 1L, Long::sum));
            items.add(new ReportAgreement(summary, commitments));
        }
        return new ReportAgreements(new CommitmentCounts(counts.getOrDefault(CommitmentStatus.notStarted, 0L),
                counts.getOrDefault(CommitmentStatus.ongoing, 0L), counts.getOrDefault(CommitmentStatus.fulfilled, 0L),
                counts.getOrDefault(CommitmentStatus.notFulfilled, 0L)), items);
    }

    /** The newest safety analysis of each district dated up to the half-year's end, districts by name. */
    private List<SafetyAnalysisSummary> safetyAnalyses(Period half) {
        Map<String, SafetyAnalysisSummary> newest = new LinkedHashMap<>();
        for (int offset = 0;; offset += PageRequest.MAX_LIMIT) {
            SafetyAnalysisPage page = safetyAnalyses.list(null, null, half.end(),
                    new PageRequest(PageRequest.MAX_LIMIT, offset));
            // newest first: the first of each district is its newest
            page.items().forEach(a -> newest.putIfAbsent(a.area().code(), a));
            if (page.items().size() < PageRequest.MAX_LIMIT) {
                break;
            }
        }
        return newest.values().stream()
                .sorted(java.util.Comparator.comparing((SafetyAnalysisSummary a) -> a.area().name())
                        .thenComparing(a -> a.area().code()))
                .toList();
    }

    /** Exact figures with what publishing them needs (the crime module's rule). */
    CrimeAnswer crimeQuery(String from, String to, String groupBy) {
        return crimeStatistics.answer(new CrimeStatisticsService.Query(from, to, List.of(), List.of(),
                List.of(groupBy), "count"));
    }

    private ReportIndicator indicator(GoalIndicatorView indicator, Period half) {
        SeriesAnswer answer = indicatorValues.readSeries(indicator.id(),
                new IndicatorValueService.SeriesFilter(null, half.code(), municipality.code(), "total", "total"),
                Audience.EXACT, half.start());
        Series series = answer.series().stream().filter(s -> s.latest() != null).findFirst().orElse(null);
        // judged as the half-year's policy sets it: its baseline (the indicator's own where it sets none)
        return new ReportIndicator(answer.indicator(), answer.frequency(), answer.judgedAgainst().baseline(),
                trend(indicator.direction(), series), series);
    }

    static ReportTrend trend(IndicatorDirection direction, Series series) {
        if (series == null || series.changeFromPrevious() == null || direction == null) {
            return ReportTrend.unknown;
        }
        double change = series.changeFromPrevious();
        if (change == 0) {
            return ReportTrend.unchanged;
        }
        boolean up = change > 0;
        return up == (direction == IndicatorDirection.higherIsBetter) ? ReportTrend.improving : ReportTrend.worsening;
    }

    /**
     * The measures, counted per goal of the report's policy: a measure linked to a goal of an
     * earlier policy counts under each goal the crosswalk maps that goal to, and once under a goal
     * however many of its goals lead there; {@code total} counts each measure once.
     */
    private ReportMeasures measures(List<GoalView> policyGoals, Map<Long, java.util.Set<Long>> goalsInto) {
        MeasureFilter all = new MeasureFilter(null, null, null, null, null, null, null, null, null, null, false);
        List<MeasureSummary> items = new ArrayList<>();
        String order = MeasureSort.parse("title");
        for (int offset = 0;; offset += PageRequest.MAX_LIMIT) {
            MeasurePage page = measures.listMeasures(all, order, new PageRequest(PageRequest.MAX_LIMIT, offset));
            items.addAll(page.items());
            if (page.items().size() < PageRequest.MAX_LIMIT) {
                break;
            }
        }
        Map<MeasureStatus, Long> byStatus = new EnumMap<>(MeasureStatus.class);
        Map<PreventionType, Long> byType = new EnumMap<>(PreventionType.class);
        Map<PreventionLevel, Long> byLevel = new EnumMap<>(PreventionLevel.class);
        for (MeasureStatus s : MeasureStatus.values()) {
            byStatus.put(s, 0L);
        }
        for (PreventionType t : PreventionType.values()) {
            byType.put(t, 0L);
        }
        for (PreventionLevel l : PreventionLevel.values()) {
            byLevel.put(l, 0L);
        }
        Map<Long, Long> byGoal = new LinkedHashMap<>();
        policyGoals.forEach(goal -> byGoal.put(goal.id(), 0L));
        List<MeasureSummary> lacking = new ArrayList<>();
        for (MeasureSummary m : items) {
            byStatus.merge(m.status(), 1L, Long::sum);
            byType.merge(m.preventionType(), 1L, Long::sum);
            byLevel.merge(m.preventionLevel(), 1L, Long::sum);
            java.util.Set<Long> under = new java.util.HashSet<>();
            for (GoalSummary g : m.goals()) {
                under.addAll(goalsInto.getOrDefault(g.id(), java.util.Set.of()));
            }
            under.forEach(goal -> byGoal.merge(goal, 1L, Long::sum));
            if (m.needsFollowUp()) {
                lacking.add(m);
            }
        }
        List<ReportCount> goalCounts = policyGoals.stream().map(goal -> new ReportCount(String.valueOf(goal.number()),
                goal.title(), byGoal.get(goal.id()))).toList();
        return new ReportMeasures(items.size(),
                byStatus.entrySet().stream().map(e -> new ReportCount(e.getKey().name(), Labels.status(e.getKey()),
                        e.getValue())).toList(),
                goalCounts,
                byType.entrySet().stream().map(e -> new ReportCount(e.getKey().name(),
                        Labels.preventionType(e.getKey()), e.getValue())).toList(),
                byLevel.entrySet().stream().map(e -> new ReportCount(e.getKey().name(),
                        Labels.preventionLevel(e.getKey()), e.getValue())).toList(),
                lacking);
    }

    static String month(int year, int month) {
        return String.format("%04d-%02d", year, month);
    }

    /** Names of the measures' classifications, in Swedish and English. */
    static final class Labels {
        private Labels() {
        }

        static LocalizedText status(MeasureStatus s) {
            return switch (s) {
                case planned -> new LocalizedText("Planerad", "Planned");
                case ongoing -> new LocalizedText("Pågående", "Ongoing");
                case completed -> new LocalizedText("Avslutad", "Completed");
                case cancelled -> new LocalizedText("Avbruten", "Cancelled");
            };
        }

        static LocalizedText preventionType(PreventionType t) {
            return switch (t) {
                case social -> new LocalizedText("Social prevention", "Social prevention");
                case situational -> new LocalizedText("Situationell prevention", "Situational prevention");
            };
        }

        static LocalizedText preventionLevel(PreventionLevel l) {
            return switch (l) {
                case primary -> new LocalizedText("Primär", "Primary");
                case secondary -> new LocalizedText("Sekundär", "Secondary");
                case tertiary -> new LocalizedText("Tertiär", "Tertiary");
            };
        }
    }
}
