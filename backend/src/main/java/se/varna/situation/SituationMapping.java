package se.varna.situation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.varna.common.Municipality;
import se.varna.common.PageRequest;
import se.varna.crimestatistics.CrimeAnswer;
import se.varna.crimestatistics.CrimeStatisticsService;
import se.varna.disclosure.Audience;
import se.varna.goal.GoalDtos.GoalIndicatorView;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.goal.GoalDtos.GoalView;
import se.varna.goal.GoalService;
import se.varna.indicator.IndicatorValueDtos.Series;
import se.varna.indicator.IndicatorValueDtos.SeriesAnswer;
import se.varna.indicator.IndicatorValueService;
import se.varna.safetyanalysis.FactorAssessmentLevel;
import se.varna.safetyanalysis.FactorTrend;
import se.varna.safetyanalysis.SafetyAnalysisDtos.AssessedFactorView;
import se.varna.safetyanalysis.SafetyAnalysisDtos.SafetyAnalysisPage;
import se.varna.safetyanalysis.SafetyAnalysisDtos.SafetyAnalysisSummary;
import se.varna.safetyanalysis.SafetyAnalysisService;
import se.varna.situation.SituationDtos.DistrictRiskFactors;
import se.varna.situation.SituationDtos.GoalIndicators;
import se.varna.situation.SituationDtos.IndicatorStatusView;
import se.varna.situation.SituationDtos.MappingView;

/**
 * Drafts a lägesbild's mapping from Värna's own data through the other areas' services (crime
 * statistics, indicator values, safety analyses): no SQL of its own. The draft is exact;
 * {@link #forReader} makes each reader's view of it through the disclosure control.
 */
@ApplicationScoped
public class SituationMapping {

    /** Years of trend before the period's first: with the period itself at least three. */
    static final int TREND_YEARS_BEFORE = 2;

    @Inject
    CrimeStatisticsService crimeStatistics;

    @Inject
    IndicatorValueService indicatorValues;

    @Inject
    GoalService goals;

    @Inject
    SafetyAnalysisService safetyAnalyses;

    @Inject
    Municipality municipality;

    /** The mapping of the months {@code from}–{@code to} (both {@code YYYY-MM}), with exact figures. */
    public StoredMapping build(String from, String to, OffsetDateTime now) {
        YearMonth first = YearMonth.parse(from);
        YearMonth last = YearMonth.parse(to);
        // every district and the municipality (the reference row), by the top category groups
        CrimeAnswer byDistrict = crimeStatistics.answer(new CrimeStatisticsService.Query(from, to, List.of(),
                List.of(), List.of("area", "category"), "ratePer1000"));
        // the municipality by year: each year's cell carries the year before as its previous figure
        String trendFrom = YearMonth.of(first.getYear() - TREND_YEARS_BEFORE, 1).toString();
        CrimeAnswer trend = crimeStatistics.answer(new CrimeStatisticsService.Query(trendFrom, to, List.of(),
                List.of(), List.of("year", "category"), "count"));
        return new StoredMapping(now, byDistrict, trend, indicators(last), riskFactors(last.atEndOfMonth()));
    }

    /** The mapping as a reader sees it: every figure published for the audience; risk factors only for internal readers. */
    public MappingView forReader(StoredMapping m, Audience audience, boolean internal) {
        List<GoalIndicators> published = new ArrayList<>();
        for (GoalIndicators goal : m.goals()) {
            published.add(new GoalIndicators(goal.goal(), goal.indicators().stream()
                    .map(i -> new IndicatorStatusView(i.indicator(), i.series() == null ? null
                            : indicatorValues.publish(i.indicator().id(), i.series(), audience)))
                    .toList()));
        }
        return new MappingView(m.builtAt(), crimeStatistics.publish(m.crimeByDistrict(), audience),
                crimeStatistics.publish(m.crimeTrend(), audience), published,
                internal ? m.riskFactors() : List.of());
    }

    /** Each goal's indicators with the municipality's series up to the half-year the period ends in. */
    private List<GoalIndicators> indicators(YearMonth last) {
        String half = last.getYear() + (last.getMonthValue() <= 6 ? "H1" : "H2");
        List<GoalIndicators> result = new ArrayList<>();
        for (GoalView goal : goals.listGoals(null, new PageRequest(PageRequest.MAX_LIMIT, 0)).items()) {
            List<IndicatorStatusView> indicators = new ArrayList<>();
            for (GoalIndicatorView indicator : goal.indicators()) {
                SeriesAnswer answer = indicatorValues.readSeries(indicator.id(),
                        new IndicatorValueService.SeriesFilter(null, half, municipality.code(), "total", "total"),
                        Audience.EXACT);
                Series series = answer.series().stream().filter(s -> s.latest() != null).findFirst().orElse(null);
                indicators.add(new IndicatorStatusView(answer.indicator(), series));
            }
            result.add(new GoalIndicators(new GoalSummary(goal.id(), goal.number(), goal.title()), indicators));
        }
        return result;
    }

    /** The newest safety analysis of each district up to {@code end}: its risk factors assessed high or worsening. */
    private List<DistrictRiskFactors> riskFactors(LocalDate end) {
        Map<String, SafetyAnalysisSummary> newest = new LinkedHashMap<>();
        for (int offset = 0;; offset += PageRequest.MAX_LIMIT) {
            SafetyAnalysisPage page = safetyAnalyses.list(null, null, end, new PageRequest(PageRequest.MAX_LIMIT, offset));
            // newest first: the first of each district is its newest
            page.items().forEach(a -> newest.putIfAbsent(a.area().code(), a));
            if (page.items().size() < PageRequest.MAX_LIMIT) {
                break;
            }
        }
        List<DistrictRiskFactors> result = new ArrayList<>();
        newest.values().stream().sorted(Comparator.comparing((SafetyAnalysisSummary a) -> a.area().name()))
                .forEach(a -> {
                    List<AssessedFactorView> factors = safetyAnalyses.get(a.id()).factors().stream()
                            .filter(f -> "risk".equals(f.kind()))
                            .filter(f -> f.level() == FactorAssessmentLevel.high || f.trend() == FactorTrend.worsening)
                            .toList();
                    if (!factors.isEmpty()) {
                        result.add(new DistrictRiskFactors(a.area(), a.id(), a.date(), factors));
                    }
                });
        return result;
    }
}
