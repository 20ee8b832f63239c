package se.varna.report;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.varna.crimestatistics.CrimeAnswer;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.crimestatistics.CrimeStatisticsService;
import se.varna.disclosure.Audience;
import se.varna.disclosure.Disclosure;
import se.varna.indicator.IndicatorValueDtos.Series;
import se.varna.indicator.IndicatorValueService;
import se.varna.report.EvaluationDtos.EvaluationContent;
import se.varna.report.EvaluationDtos.EvaluationCrime;
import se.varna.report.EvaluationDtos.EvaluationCrimeBasis;
import se.varna.report.EvaluationDtos.EvaluationGoal;
import se.varna.report.EvaluationDtos.EvaluationIndicator;
import se.varna.report.ReportDtos.ReportEvaluation;

/**
 * An evaluation's content as one reader may see it, made from the exact content (live for a
 * draft, frozen for an approved one) at each read, by the same rules as {@link ReportDisclosure}:
 * crime tables through the crime statistics' publishing with the frozen basis, indicator series
 * through the indicator values', effect follow-ups as kept for readers without exact figures.
 */
@ApplicationScoped
public class EvaluationDisclosure {

    @Inject
    CrimeStatisticsService crimeStatistics;

    @Inject
    IndicatorValueService indicatorValues;

    EvaluationContent forAudience(EvaluationContent exact, EvaluationCrimeBasis basis, Audience audience) {
        EvaluationCrime crime = exact.crime();
        EvaluationCrime published = new EvaluationCrime(publish(crime.byCategory(), basis.byCategory(), audience),
                publish(crime.byDistrict(), basis.byDistrict(), audience),
                publish(crime.bySex(), basis.bySex(), audience),
                publish(crime.byAgeGroup(), basis.byAgeGroup(), audience));
        List<EvaluationGoal> goals = new ArrayList<>();
        for (EvaluationGoal goal : exact.goals()) {
            List<EvaluationIndicator> indicators = new ArrayList<>();
            for (EvaluationIndicator i : goal.indicators()) {
                Series series = i.series() == null ? null
                        : indicatorValues.publishUnderPolicy(i.indicator().id(), i.series(), audience,
                                exact.policyId());
                indicators.add(new EvaluationIndicator(i.indicator(), i.frequency(), i.baseline(), i.targets(),
                        EvaluationContentBuilder.targetOutcome(i.indicator().direction(), series, i.targets()), series));
            }
            goals.add(new EvaluationGoal(goal.goal(), indicators));
        }
        List<ReportEvaluation> evaluations = audience.exact() ? exact.evaluations() : basis.publicEvaluations();
        return new EvaluationContent(exact.contentVersion(), exact.period(), exact.policyId(), exact.from(), exact.to(),
                exact.builtAt(), goals, published, exact.measures(), exact.agreements(), evaluations);
    }

    private CrimeStatistics publish(CrimeStatistics exact, List<se.varna.crimestatistics.CrimeAnswer.CellBasis> basis,
            Audience audience) {
        return crimeStatistics.publish(new CrimeAnswer(exact, basis), audience);
    }

    /** Whether every figure of a published evaluation is exact. */
    static boolean allExact(EvaluationContent content) {
        EvaluationCrime crime = content.crime();
        return crime.byCategory().exact() && crime.byDistrict().exact() && crime.bySex().exact()
                && crime.byAgeGroup().exact()
                && content.goals().stream().flatMap(g -> g.indicators().stream()).filter(i -> i.series() != null)
                        .flatMap(i -> i.series().observations().stream())
                        .allMatch(o -> o.disclosure() == Disclosure.exact);
    }
}
