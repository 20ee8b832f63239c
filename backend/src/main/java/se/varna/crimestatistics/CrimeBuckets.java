package se.varna.crimestatistics;

import java.time.LocalDate;
import java.util.List;

import se.varna.common.deprecation.Deprecation;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.crimestatistics.CrimeDtos.CrimeStatisticsCell;

/**
 * The names of the buckets a split by sex or age group has besides the police's own:
 * {@code notRecorded} for crimes delivered without a sex or age ("uppgift saknas") and
 * {@code all}, the real total. The first was named {@code total} until December 2026, which
 * readers took for the total (a report printed 2 441 "in total" of 7 801 crimes); the old name
 * is still accepted in imports and still answered, without the {@code all} bucket, to a client
 * that asks for it until the sunset.
 */
public final class CrimeBuckets {

    public static final String NOT_RECORDED = "notRecorded";
    public static final String ALL = "all";
    /** The old name of {@link #NOT_RECORDED}. */
    public static final String LEGACY_NOT_RECORDED = "total";

    /** Naming crimes without a sex or age {@code total} (`unsplit=total`). */
    public static final Deprecation LEGACY_NAME = new Deprecation(
            "crime-statistics: the bucket of crimes delivered without a sex or age named `total`",
            LocalDate.of(2026, 12, 2), LocalDate.of(2027, 6, 30));

    private CrimeBuckets() {
    }

    /** The answer as before the rename: the unsplit bucket named {@code total}, no {@code all} cells. */
    public static CrimeStatistics legacy(CrimeStatistics answer) {
        List<CrimeStatisticsCell> cells = answer.cells().stream()
                .filter(c -> !ALL.equals(c.sex()) && !ALL.equals(c.ageGroup()))
                .map(c -> new CrimeStatisticsCell(c.area(), c.category(), c.period(), legacy(c.sex()),
                        legacy(c.ageGroup()), c.count(), c.value(), c.disclosure(), c.suppressed(),
                        c.suppressionReason(), c.population(), c.populationYear(), c.previous(), c.yearEarlier()))
                .toList();
        return new CrimeStatistics(answer.from(), answer.to(), answer.measure(), answer.groupBy(), answer.exact(),
                answer.threshold(), answer.demo(), answer.areas(), answer.categories(), cells);
    }

    /**
     * A frozen answer (an approved report's) with the current names: {@code total} read as
     * {@code notRecorded}. Its {@code all} cells are not there: a reader sums the parts.
     */
    public static CrimeStatistics current(CrimeStatistics answer) {
        if (answer == null) {
            return null;
        }
        List<CrimeStatisticsCell> cells = answer.cells().stream()
                .map(c -> new CrimeStatisticsCell(c.area(), c.category(), c.period(), current(c.sex()),
                        current(c.ageGroup()), c.count(), c.value(), c.disclosure(), c.suppressed(),
                        c.suppressionReason(), c.population(), c.populationYear(), c.previous(), c.yearEarlier()))
                .toList();
        return new CrimeStatistics(answer.from(), answer.to(), answer.measure(), answer.groupBy(), answer.exact(),
                answer.threshold(), answer.demo(), answer.areas(), answer.categories(), cells);
    }

    private static String legacy(String bucket) {
        return NOT_RECORDED.equals(bucket) ? LEGACY_NOT_RECORDED : bucket;
    }

    private static String current(String bucket) {
        return LEGACY_NOT_RECORDED.equals(bucket) ? NOT_RECORDED : bucket;
    }
}
