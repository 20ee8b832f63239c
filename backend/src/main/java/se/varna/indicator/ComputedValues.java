package se.varna.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.varna.area.Area;
import se.varna.area.AreaIndex;
import se.varna.area.AreaService;
import se.varna.agreement.CommitmentShareQueries;
import se.varna.agreement.CommitmentShareQueries.CommitmentCoverage;
import se.varna.agreement.CommitmentShareQueries.CommitmentShare;
import se.varna.common.Municipality;
import se.varna.crimestatistics.CrimeCoverage;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsCell;
import se.varna.crimestatistics.CrimeStatisticsService;
import se.varna.disclosure.Audience;
import se.varna.disclosure.Disclosure;
import se.varna.indicator.IndicatorDtos.Freshness;
import se.varna.indicator.IndicatorValueDtos.Observation;

/**
 * The values of a computed indicator, computed on read from Värna's own data.
 *
 * <p>
 * From the crime statistics: one query of the crime statistics service for the indicator's
 * category, split by area (when the indicator is) and by its frequency's periods, in its unit's
 * measure. The figures are published for the reader by the crime statistics' own disclosure
 * control (the cell-key method), so a computed value tells a reader exactly what the crime
 * statistics would; an indicator's own rules (survey group sizes) do not apply to them. Only
 * whole periods are computed: a year whose December is not delivered yet has no value rather
 * than a low one.
 *
 * <p>
 * From the agreements: the share of commitments fulfilled or on track at each period's end, for
 * the municipality as a whole. The period under way has its share as of today, marked
 * preliminary. Agreements and their follow-up are public documents, about organisations and
 * not about people, so the shares are exact for every reader.
 */
@ApplicationScoped
public class ComputedValues {

    /** The crime statistics' measure of each unit a computed indicator may have. */
    static final Map<IndicatorUnit, String> MEASURES = Map.of(IndicatorUnit.count, "count",
            IndicatorUnit.ratePer1000, "ratePer1000", IndicatorUnit.ratePer100k, "ratePer100k");

    private static final String SOURCE = "Brottsstatistik";

    private static final String AGREEMENTS_SOURCE = "Överenskommelser";

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Inject
    CrimeStatisticsService crimeStatistics;

    @Inject
    AreaService areas;

    @Inject
    CommitmentShareQueries commitmentShares;

    @Inject
    Municipality municipality;

    /** One computed series: an area's observations, oldest first, as the reader may see them. */
    record ComputedSeries(Area area, List<Observation> observations, boolean demo) {
    }

    /**
     * What the sources of computed values hold, as far as the indicators need: read once per
     * request, for the series and the freshness alike. A source no indicator is computed from is
     * not read (its coverage is none).
     */
    record Coverage(CrimeCoverage crime, CommitmentCoverage commitments) {
    }

    Coverage coverage(Collection<Indicator> indicators) {
        boolean crime = indicators.stream().anyMatch(i -> i.computedFrom == IndicatorComputation.crimeStatistics);
        boolean agreements = indicators.stream()
                .anyMatch(i -> i.computedFrom == IndicatorComputation.agreementCommitments);
        return new Coverage(crime ? crimeStatistics.coverage() : CrimeCoverage.NONE,
                agreements ? commitmentShares.coverage() : CommitmentCoverage.NONE);
    }

    /**
     * The series of the indicator between the periods (either may be null: the whole coverage),
     * for one area or, null, every area the indicator is split by (the municipality alone when it
     * is not split by area).
     */
    List<ComputedSeries> series(Indicator indicator, Period from, Period to, Area area, Audience audience,
            Coverage sources) {
        if (indicator.computedFrom == IndicatorComputation.agreementCommitments) {
            return commitmentSeries(indicator, from, to, area, sources.commitments());
        }
        CrimeCoverage coverage = sources.crime();
        if (coverage.first() == null) {
            return List.of();
        }
        int months = monthsOf(indicator.frequency);
        YearMonth first = periodStart(from == null ? coverage.first() : YearMonth.from(from.start()), months);
        YearMonth last = periodEnd(to == null ? coverage.last() : YearMonth.from(to.end()), months);
        if (first.isBefore(periodStart(coverage.first(), months))) {
            first = periodStart(coverage.first(), months);
        }
        if (last.isAfter(coverage.last())) {
            last = periodEnd(coverage.last(), months);
        }
        if (last.isBefore(first)) {
            return List.of();
        }
        boolean byArea = indicator.supports(Disaggregation.area);
        AreaIndex index = areas.index();
        List<String> areaCodes = area != null ? List.of(area.code) : List.of();
        if (area != null && !byArea && area.parentId != null) {
            return List.of();
        }
        List<String> groupBy = new ArrayList<>(List.of(timeDimension(indicator.frequency)));
        if (byArea) {
            groupBy.add("area");
        }
        CrimeStatisticsService.Query query = new CrimeStatisticsService.Query(first.toString(), last.toString(),
                List.of(indicator.crimeCategory), areaCodes, groupBy, MEASURES.get(indicator.unit));
        CrimeStatistics answer = crimeStatistics.publish(crimeStatistics.answer(query), audience);
        Map<String, List<Observation>> byAreaCode = new LinkedHashMap<>();
        String root = answer.areas().isEmpty() ? null : answer.areas().get(0).code();
        for (CrimeStatisticsCell cell : answer.cells()) {
            String code = cell.area() != null ? cell.area() : areaCodes.isEmpty() ? root : areaCodes.get(0);
            byAreaCode.computeIfAbsent(code, c -> new ArrayList<>()).add(new Observation(periodCode(cell.period()),
                    cell.value(), cell.disclosure(), null, null, answer.demo() ? "preliminary" : "final", SOURCE,
                    answer.demo(), coverage.lastImported()));
        }
        List<ComputedSeries> series = new ArrayList<>();
        byAreaCode.forEach((code, observations) -> index.find(code)
                .ifPresent(a -> series.add(new ComputedSeries(a, observations, answer.demo()))));
        return series;
    }

    /**
     * The values of an indicator computed from the agreements: the municipality's share of each
     * period from the first agreement's start to the period under way. Its values are not split
     * by area.
     */
    private List<ComputedSeries> commitmentSeries(Indicator indicator, Period from, Period to, Area area,
            CommitmentCoverage coverage) {
        if (coverage.first() == null || area != null && area.parentId != null) {
            return List.of();
        }
        Area root = areas.index().find(municipality.code()).orElse(null);
        if (root == null) {
            return List.of();
        }
        int months = monthsOf(indicator.frequency);
        LocalDate today = LocalDate.now(STOCKHOLM);
        YearMonth current = periodStartOf(YearMonth.from(today), months);
        YearMonth first = periodStartOf(YearMonth.from(coverage.first()), months);
        if (from != null && YearMonth.from(from.start()).isAfter(first)) {
            first = periodStartOf(YearMonth.from(from.start()), months);
        }
        YearMonth last = current;
        if (to != null && YearMonth.from(to.end()).isBefore(last)) {
            last = periodStartOf(YearMonth.from(to.end()), months);
        }
        if (last.isBefore(first)) {
            return List.of();
        }
        List<Observation> observations = new ArrayList<>();
        boolean demo = false;
        for (CommitmentShare share : commitmentShares.shares(first, last, months, today)) {
            demo |= share.demo();
            observations.add(new Observation(periodOf(share.periodStart().plusMonths(months - 1L), indicator.frequency),
                    Math.round(share.percent() * 10) / 10.0, Disclosure.exact, (double) share.fulfilledOrOngoing(),
                    (double) share.counted(), share.periodStart().equals(current) ? "preliminary" : "final",
                    AGREEMENTS_SOURCE, share.demo(), coverage.lastChanged()));
        }
        return observations.isEmpty() ? List.of() : List.of(new ComputedSeries(root, observations, demo));
    }

    /**
     * A computed indicator's freshness: from the crime statistics, the last whole period
     * delivered and when it was imported; from the agreements, the period under way and the last
     * follow-up.
     */
    static Freshness freshness(Indicator indicator, Coverage sources) {
        if (indicator.computedFrom == IndicatorComputation.agreementCommitments) {
            CommitmentCoverage commitments = sources.commitments();
            if (commitments.first() == null) {
                return Freshness.NONE;
            }
            YearMonth current = YearMonth.now(STOCKHOLM);
            return new Freshness(periodOf(current, indicator.frequency), commitments.lastChanged(),
                    commitments.demo());
        }
        CrimeCoverage coverage = sources.crime();
        if (coverage.last() == null) {
            return Freshness.NONE;
        }
        int months = monthsOf(indicator.frequency);
        YearMonth last = periodEnd(coverage.last(), months);
        if (last.isBefore(coverage.first())) {
            return new Freshness(null, coverage.lastImported(), coverage.demo());
        }
        return new Freshness(periodOf(last, indicator.frequency), coverage.lastImported(), coverage.demo());
    }

    /** The crime statistics' period key ({@code 2024-H1}, {@code 2024-Q3}, {@code 2024-05}) as an indicator's. */
    static String periodCode(String crimePeriod) {
        return crimePeriod.replace("-H", "H").replace("-Q", "Q");
    }

    private static String periodOf(YearMonth last, IndicatorFrequency frequency) {
        int m = last.getMonthValue();
        return switch (frequency) {
            case monthly -> last.toString();
            case quarterly -> last.getYear() + "Q" + ((m - 1) / 3 + 1);
            case halfYearly -> last.getYear() + "H" + ((m - 1) / 6 + 1);
            case yearly -> Integer.toString(last.getYear());
        };
    }

    private static String timeDimension(IndicatorFrequency frequency) {
        return switch (frequency) {
            case monthly -> "month";
            case quarterly -> "quarter";
            case halfYearly -> "halfYear";
            case yearly -> "year";
        };
    }

    private static int monthsOf(IndicatorFrequency frequency) {
        return switch (frequency) {
            case monthly -> 1;
            case quarterly -> 3;
            case halfYearly -> 6;
            case yearly -> 12;
        };
    }

    /** The first month of the first whole period starting at or after {@code month}. */
    private static YearMonth periodStart(YearMonth month, int months) {
        int offset = (month.getMonthValue() - 1) % months;
        YearMonth start = month.minusMonths(offset);
        return offset != 0 ? start.plusMonths(months) : start;
    }

    /** The first month of the period {@code month} lies in. */
    private static YearMonth periodStartOf(YearMonth month, int months) {
        return month.minusMonths((month.getMonthValue() - 1) % months);
    }

    /** The last month of the last whole period ending at or before {@code month}. */
    private static YearMonth periodEnd(YearMonth month, int months) {
        int offset = month.getMonthValue() % months;
        return month.minusMonths(offset);
    }
}
