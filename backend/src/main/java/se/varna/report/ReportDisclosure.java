package se.varna.report;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.varna.crimestatistics.CrimeAnswer;
import se.varna.crimestatistics.CrimeBuckets;
import se.varna.crimestatistics.CrimeAnswer.CellBasis;
import se.varna.crimestatistics.CrimeAnswer.FigureBasis;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsCell;
import se.varna.crimestatistics.CrimeStatisticsService;
import se.varna.disclosure.Audience;
import se.varna.disclosure.DisclosureConfig;
import se.varna.disclosure.RecordKeys;
import se.varna.indicator.IndicatorValueDtos.Observation;
import se.varna.indicator.IndicatorValueDtos.Series;
import se.varna.indicator.IndicatorValueService;
import se.varna.indicator.Period;
import se.varna.report.ReportDtos.ReportContent;
import se.varna.report.ReportDtos.ReportCrime;
import se.varna.report.ReportDtos.ReportEvaluation;
import se.varna.report.ReportDtos.ReportGoal;
import se.varna.report.ReportDtos.ReportIndicator;

/**
 * A report's content as one reader may see it, made from the exact content (live for a draft,
 * frozen for an approved report) when it is read: the crime tables and the indicator series go
 * through the disclosure control by the rules of the crime statistics and the indicator values,
 * so a report never shows more than those do, and an approved report's exact content stays as it
 * was frozen.
 */
@ApplicationScoped
public class ReportDisclosure {

    @Inject
    CrimeStatisticsService crimeStatistics;

    @Inject
    IndicatorValueService indicatorValues;

    @Inject
    DisclosureConfig config;

    ReportContent forAudience(long reportId, ReportContent exact, ReportCrimeBasis basis, Audience audience) {
        ReportCrime crime = exact.crime();
        ReportCrimeBasis b = basis != null ? basis : legacyBasis(reportId, crime);
        // a report approved before the rename names the unsplit bucket total: renamed once
        // published, so that its figures keep the keys they were published with
        ReportCrime published = new ReportCrime(
                crimeStatistics.publish(new CrimeAnswer(crime.byDistrict(), b.byDistrict()), audience),
                CrimeBuckets.current(crimeStatistics.publish(new CrimeAnswer(crime.bySex(), b.bySex()), audience)),
                CrimeBuckets.current(
                        crimeStatistics.publish(new CrimeAnswer(crime.byAgeGroup(), b.byAgeGroup()), audience)));
        // its indicators are judged as its half-year's policy sets them, whenever it is read
        java.time.LocalDate halfYearStart = Period.of(exact.period()).start();
        List<ReportGoal> goals = new ArrayList<>();
        for (ReportGoal goal : exact.goals()) {
            List<ReportIndicator> indicators = new ArrayList<>();
            for (ReportIndicator i : goal.indicators()) {
                Series series = i.series() == null ? null
                        : indicatorValues.publish(i.indicator().id(), i.series(), audience, halfYearStart);
                indicators.add(new ReportIndicator(i.indicator(), i.frequency(), i.baseline(),
                        ReportContentBuilder.trend(i.indicator().direction(), series), series));
            }
            goals.add(new ReportGoal(goal.goal(), indicators));
        }
        // the effect follow-ups: exact ones for exact readers; the others see the public ones kept
        // beside the content (none for a report approved before they were kept)
        List<ReportEvaluation> evaluations = audience.exact() ? exact.evaluations()
                : basis != null && basis.publicEvaluations() != null ? basis.publicEvaluations()
                : exact.evaluations() == null ? null : List.of();
        return new ReportContent(exact.contentVersion(), exact.period(), exact.from(), exact.to(), exact.builtAt(),
                goals, published, exact.measures(), exact.agreements(), exact.safetyAnalyses(), evaluations,
                audience.exact() ? exact.actionPlan() : ReportPlans.withoutValues(exact.actionPlan()));
    }

    /** Whether every figure of a published content is exact. */
    static boolean allExact(ReportContent content) {
        ReportCrime crime = content.crime();
        return crime.byDistrict().exact() && crime.bySex().exact() && crime.byAgeGroup().exact()
                && content.goals().stream().flatMap(g -> g.indicators().stream())
                        .filter(i -> i.series() != null).flatMap(i -> i.series().observations().stream())
                        .map(Observation::disclosure).allMatch(d -> d == se.varna.disclosure.Disclosure.exact);
    }

    /**
     * The basis of a report approved before bases were frozen: each figure's key derived from the
     * report, the table and the cell (deterministic, so the report always shows the same), and no
     * single delivering organisation (so a partner sees the public figures).
     */
    ReportCrimeBasis legacyBasis(long reportId, ReportCrime crime) {
        RecordKeys keys = new RecordKeys(config.secret());
        return new ReportCrimeBasis(legacy(keys, reportId, "district", crime.byDistrict()),
                legacy(keys, reportId, "sex", crime.bySex()), legacy(keys, reportId, "age", crime.byAgeGroup()), null);
    }

    private static List<CellBasis> legacy(RecordKeys keys, long reportId, String table, CrimeStatistics answer) {
        List<CellBasis> bases = new ArrayList<>();
        for (CrimeStatisticsCell c : answer.cells()) {
            String cell = "report " + reportId + " " + table + " " + c.area() + " " + c.category() + " " + c.period()
                    + " " + c.sex() + " " + c.ageGroup() + " ";
            bases.add(new CellBasis(legacy(keys, cell + "figure " + c.count()),
                    c.previous() == null ? null : legacy(keys, cell + "previous " + c.previous().count()),
                    c.yearEarlier() == null ? null : legacy(keys, cell + "yearEarlier " + c.yearEarlier().count())));
        }
        return bases;
    }

    private static FigureBasis legacy(RecordKeys keys, String text) {
        return new FigureBasis(keys.ofText(text), -1, null);
    }
}
