package se.varna.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.varna.actionplan.ActionPlanDtos.GapsView;
import se.varna.actionplan.ActionPlanService;
import se.varna.common.CurrentCaller;
import se.varna.common.Municipality;
import se.varna.common.PageRequest;
import se.varna.common.VarnaRole;
import se.varna.crimestatistics.CrimeImportJobs.FailedJobs;
import se.varna.crimestatistics.CrimeImportService;
import se.varna.disclosure.Audience;
import se.varna.disclosure.DisclosureControl;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.goal.GoalDtos.GoalView;
import se.varna.goal.GoalService;
import se.varna.indicator.IndicatorComputation;
import se.varna.indicator.IndicatorDtos.IndicatorSummary;
import se.varna.indicator.IndicatorDtos.IndicatorView;
import se.varna.indicator.IndicatorService;
import se.varna.indicator.IndicatorStatus;
import se.varna.indicator.IndicatorValueDtos.Observation;
import se.varna.indicator.IndicatorValueDtos.Series;
import se.varna.indicator.IndicatorValueDtos.SeriesAnswer;
import se.varna.indicator.IndicatorValueService;
import se.varna.indicator.IndicatorValueService.SeriesFilter;
import se.varna.measure.MeasureFilter;
import se.varna.measure.MeasureService;
import se.varna.measure.MeasureSort;
import se.varna.overview.OverviewDtos.CrimeTrend;
import se.varna.overview.OverviewDtos.GoalGlance;
import se.varna.overview.OverviewDtos.ImportGlance;
import se.varna.overview.OverviewDtos.IndicatorStatusCounts;
import se.varna.overview.OverviewDtos.Overview;
import se.varna.overview.OverviewDtos.PlanGlance;
import se.varna.overview.OverviewDtos.ReportGlance;
import se.varna.overview.OverviewDtos.ReportRef;
import se.varna.overview.OverviewDtos.WorstIndicator;
import se.varna.report.ReportDtos.ReportSummary;
import se.varna.report.ReportKind;
import se.varna.report.ReportService;
import se.varna.report.ReportStatus;

/**
 * The start page's summary, composed of the operations the pages behind its numbers use (the
 * goals, each indicator's series, the measures list, the reports list, the action plan's gaps,
 * the import jobs), each asked as the caller: so every number equals what its page shows the
 * same reader, figures published by the same disclosure control.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OverviewService {

    /** The crime trend's length: a year of months, or twelve years. */
    static final int TREND_POINTS = 12;
    /** How far back a failed import still shows. */
    static final int FAILED_IMPORT_DAYS = 30;

    @Inject
    CurrentCaller caller;

    @Inject
    DisclosureControl disclosure;

    @Inject
    Municipality municipality;

    @Inject
    GoalService goals;

    @Inject
    IndicatorService indicators;

    @Inject
    IndicatorValueService indicatorValues;

    @Inject
    MeasureService measures;

    @Inject
    ReportService reports;

    @Inject
    ActionPlanService actionPlans;

    @Inject
    CrimeImportService crimeImports;

    /** Months after a half-year's end by which its status report is due. */
    @ConfigProperty(name = "varna.overview.report-deadline-months", defaultValue = "2")
    int reportDeadlineMonths;

    Clock clock = Clock.systemDefaultZone();

    public Overview overview() {
        LocalDate today = LocalDate.now(clock);
        Audience audience = disclosure.audience();
        List<GoalGlance> glances = goals.listGoals(null, new PageRequest(PageRequest.MAX_LIMIT, 0)).items().stream()
                .map(g -> goal(g, audience)).toList();
        return new Overview(today, glances, statusReport(today), actionPlan(today), failedImports());
    }

    private GoalGlance goal(GoalView goal, Audience audience) {
        int onTrack = 0, atRisk = 0, offTrack = 0, noTarget = 0, unknown = 0, noValue = 0;
        WorstIndicator worst = null;
        CrimeTrend trend = null;
        for (IndicatorView indicator : indicators.listIndicators(goal.id(), new PageRequest(PageRequest.MAX_LIMIT, 0))
                .items()) {
            Optional<Series> series = municipalitySeries(indicator.id(), audience);
            IndicatorStatus status = series.filter(s -> s.latest() != null).map(Series::status).orElse(null);
            if (status == null) {
                noValue++;
            } else {
                switch (status) {
                    case onTrack -> onTrack++;
                    case atRisk -> atRisk++;
                    case offTrack -> offTrack++;
                    case noTarget -> noTarget++;
                    case unknown -> unknown++;
                }
            }
            if (status == IndicatorStatus.offTrack && (worst == null || worst.status() != IndicatorStatus.offTrack)
                    || status == IndicatorStatus.atRisk && worst == null) {
                worst = new WorstIndicator(summary(indicator), status);
            }
            if (trend == null && indicator.computation() != null
                    && indicator.computation().from() == IndicatorComputation.crimeStatistics && series.isPresent()) {
                List<Observation> observations = series.get().observations();
                trend = new CrimeTrend(summary(indicator), indicator.computation().category(),
                        observations.subList(Math.max(0, observations.size() - TREND_POINTS), observations.size()));
            }
        }
        long followUp = measures.listMeasures(new MeasureFilter(goal.id(), null, null, null, null, null, null, null,
                null, null, true), MeasureSort.parse(null), new PageRequest(1, 0)).total();
        return new GoalGlance(new GoalSummary(goal.id(), goal.number(), goal.title()),
                new IndicatorStatusCounts(onTrack, atRisk, offTrack, noTarget, unknown, noValue), worst, trend,
                followUp);
    }

    private static IndicatorSummary summary(IndicatorView i) {
        return new IndicatorSummary(i.id(), i.code(), i.name(), i.unit(),
                i.direction());
    }

    /** The municipality's whole series (total sex and age group), as the indicator page reads it. */
    private Optional<Series> municipalitySeries(long indicatorId, Audience audience) {
        SeriesAnswer answer = indicatorValues.readSeries(indicatorId,
                new SeriesFilter(null, null, municipality.code(), "total", "total"), audience);
        return answer.series().stream().findFirst();
    }

    /** The half-year that ended last while its report is not approved, else the one under way. */
    private ReportGlance statusReport(LocalDate today) {
        int half = today.getMonthValue() <= 6 ? 1 : 2;
        int year = today.getYear();
        String current = year + "H" + half;
        String previous = half == 1 ? (year - 1) + "H2" : year + "H1";
        List<ReportSummary> halfYears = reports.list(new PageRequest(PageRequest.MAX_LIMIT, 0)).items().stream()
                .filter(r -> r.kind() == ReportKind.halfYear).toList();
        Optional<ReportSummary> previousReport = newest(halfYears, previous);
        boolean previousDone = previousReport.map(r -> r.status() == ReportStatus.approved).orElse(false);
        String period = previousDone ? current : previous;
        Optional<ReportSummary> report = previousDone ? newest(halfYears, current) : previousReport;
        LocalDate deadline = halfYearEnd(period).plusMonths(reportDeadlineMonths);
        boolean approved = report.map(r -> r.status() == ReportStatus.approved).orElse(false);
        return new ReportGlance(period, deadline, !approved && deadline.isBefore(today),
                report.map(r -> new ReportRef(r.id(), r.status(), r.updatedAt())).orElse(null));
    }

    private static Optional<ReportSummary> newest(List<ReportSummary> reports, String period) {
        // the list is newest first
        return reports.stream().filter(r -> period.equals(r.period())).findFirst();
    }

    /** The last day of a half-year such as {@code 2026H1}. */
    static LocalDate halfYearEnd(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        return period.endsWith("H1") ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    private PlanGlance actionPlan(LocalDate today) {
        if (!(caller.hasRole(VarnaRole.viewer) || caller.hasRole(VarnaRole.editor)
                || caller.hasRole(VarnaRole.coordinator))) {
            return null;
        }
        return actionPlans.inForce(today).map(p -> {
            GapsView gaps = actionPlans.gaps(p.id());
            return new PlanGlance(p.id(), p.title(), p.situationPicture().id(), gaps.problemsWithoutAction().size(),
                    gaps.actionsWithoutProblem().size(), gaps.actionsWithoutMeasure().size(),
                    gaps.measuresWithoutRecentUpdate().size());
        }).orElse(null);
    }

    private ImportGlance failedImports() {
        if (!(caller.hasRole(VarnaRole.partner) || caller.hasRole(VarnaRole.coordinator))) {
            return null;
        }
        OffsetDateTime since = OffsetDateTime.now(clock).minusDays(FAILED_IMPORT_DAYS);
        FailedJobs failed = crimeImports.failedSince(since);
        return new ImportGlance(since, failed.count(), failed.latestId());
    }
}
