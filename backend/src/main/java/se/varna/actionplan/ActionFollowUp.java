package se.varna.actionplan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.varna.actionplan.ActionPlanDtos.FollowUpStatus;
import se.varna.actionplan.ActionPlanDtos.FollowUpView;
import se.varna.actionplan.ActionPlanDtos.ResultTrend;
import se.varna.actionplan.ActionPlanDtos.ResultTrendView;
import se.varna.common.Municipality;
import se.varna.crimestatistics.CrimeCoverage;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsCell;
import se.varna.crimestatistics.CrimeStatisticsService;
import se.varna.disclosure.Audience;
import se.varna.indicator.IndicatorDirection;
import se.varna.indicator.IndicatorValueDtos.Series;
import se.varna.indicator.IndicatorValueService;
import se.varna.measure.Assessment;
import se.varna.measure.Measure;
import se.varna.measure.MeasureDtos.LastProgressUpdate;

/**
 * An action's follow-up: how its measures say they are doing and where its result figure is
 * heading. The status is the worst latest assessment of its measures (red → {@code offTrack},
 * amber → {@code atRisk}, green → {@code onTrack}); measures that all run to plan while the
 * result figure worsens make it {@code atRisk} (the action does what it set out to do, and the
 * problem grows anyway). {@code notStarted} when no measure has an update yet, {@code noMeasures}
 * when the action has none. Everything as of a day: today for the plan, the half-year's last day
 * for the status report, and every figure as the reader may see it.
 */
@ApplicationScoped
public class ActionFollowUp {

    @Inject
    FollowUpQueries queries;

    @Inject
    CrimeStatisticsService crimeStatistics;

    @Inject
    IndicatorValueService indicatorValues;

    @Inject
    Municipality municipality;

    /** The follow-up of each action, in order. */
    public List<FollowUpView> of(List<PlanAction> actions, LocalDate asOf, Audience audience) {
        List<Long> measureIds = actions.stream().flatMap(a -> a.measures.stream()).map(m -> m.id).distinct().toList();
        Map<Long, LastProgressUpdate> latest = queries.latestUpdates(measureIds, asOf);
        return actions.stream().map(a -> of(a, latest, asOf, audience)).toList();
    }

    private FollowUpView of(PlanAction a, Map<Long, LastProgressUpdate> latest, LocalDate asOf, Audience audience) {
        ResultTrendView trend = resultTrend(a, asOf, audience);
        List<LastProgressUpdate> updates = a.measures.stream().map((Measure m) -> latest.get(m.id))
                .filter(Objects::nonNull).toList();
        LocalDate latestUpdate = updates.stream().map(LastProgressUpdate::date).max(Comparator.naturalOrder())
                .orElse(null);
        return new FollowUpView(status(a.measures.size(), updates, trend), a.measures.size(), updates.size(),
                latestUpdate, trend);
    }

    static FollowUpStatus status(int measures, List<LastProgressUpdate> updates, ResultTrendView trend) {
        if (measures == 0) {
            return FollowUpStatus.noMeasures;
        }
        if (updates.isEmpty()) {
            return FollowUpStatus.notStarted;
        }
        if (updates.stream().anyMatch(u -> u.assessment() == Assessment.red)) {
            return FollowUpStatus.offTrack;
        }
        if (updates.stream().anyMatch(u -> u.assessment() == Assessment.amber)
                || (trend != null && trend.trend() == ResultTrend.worsening)) {
            return FollowUpStatus.atRisk;
        }
        return FollowUpStatus.onTrack;
    }

    private ResultTrendView resultTrend(PlanAction a, LocalDate asOf, Audience audience) {
        if (a.resultIndicator != null) {
            return indicatorTrend(a, asOf, audience);
        }
        if (a.resultCrimeCategory != null) {
            return crimeTrend(a.resultCrimeCategory, asOf, audience);
        }
        return null;
    }

    /** The indicator's latest value for the municipality against the one before, by its direction. */
    private ResultTrendView indicatorTrend(PlanAction a, LocalDate asOf, Audience audience) {
        Series series = indicatorValues.readSeries(a.resultIndicator.id, new IndicatorValueService.SeriesFilter(
                null, String.valueOf(asOf.getYear()), municipality.code(), "total", "total"), audience)
                .series().stream().filter(s -> s.latest() != null).findFirst().orElse(null);
        String code = String.valueOf(a.resultIndicator.id);
        if (series == null || series.latest().value() == null) {
            return new ResultTrendView("indicator", code, ResultTrend.unknown, null, null, null, null);
        }
        Double latest = series.latest().value();
        Double previous = series.changeFromPrevious() == null ? null : latest - series.changeFromPrevious();
        IndicatorDirection direction = a.resultIndicator.direction;
        ResultTrend trend = series.changeFromPrevious() == null || direction == null ? ResultTrend.unknown
                : direction(series.changeFromPrevious(), direction == IndicatorDirection.higherIsBetter);
        return new ResultTrendView("indicator", code, trend, series.latest().period(), latest,
                series.previousPeriod(), previous);
    }

    /**
     * The crime category's reported crimes in the municipality over the twelve months up to the
     * last month delivered (by {@code asOf}), against the twelve before: fewer is better.
     */
    private ResultTrendView crimeTrend(String category, LocalDate asOf, Audience audience) {
        CrimeCoverage coverage = crimeStatistics.coverage();
        YearMonth last = YearMonth.from(asOf);
        if (coverage.last() == null) {
            return new ResultTrendView("crimeCategory", category, ResultTrend.unknown, null, null, null, null);
        }
        if (coverage.last().isBefore(last)) {
            last = coverage.last();
        }
        YearMonth first = last.minusMonths(11);
        CrimeStatistics answer = crimeStatistics.publish(crimeStatistics.answer(new CrimeStatisticsService.Query(
                first.toString(), last.toString(), List.of(category), List.of(), List.of(), "count")), audience);
        CrimeStatisticsCell cell = answer.cells().isEmpty() ? null : answer.cells().get(0);
        String period = first + "/" + last;
        String previousPeriod = first.minusMonths(12) + "/" + last.minusMonths(12);
        Double latest = cell == null || cell.count() == null ? null : cell.count().doubleValue();
        Double previous = cell == null || cell.yearEarlier() == null || cell.yearEarlier().count() == null ? null
                : cell.yearEarlier().count().doubleValue();
        ResultTrend trend = latest == null || previous == null ? ResultTrend.unknown
                : direction(latest - previous, false);
        return new ResultTrendView("crimeCategory", category, trend, period, latest, previousPeriod, previous);
    }

    private static ResultTrend direction(double change, boolean higherIsBetter) {
        if (change == 0) {
            return ResultTrend.unchanged;
        }
        return (change > 0) == higherIsBetter ? ResultTrend.improving : ResultTrend.worsening;
    }
}
