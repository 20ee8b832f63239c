package se.varna.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

import se.varna.measure.EffectEstimator.Cell;
import se.varna.measure.EffectEstimator.Estimate;

/**
 * The difference-in-differences estimate on synthetic monthly counts: districts of different
 * size and level, a shared seasonal pattern and trend, Poisson noise from a fixed seed.
 */
class EffectEstimatorTest {

    static final int TARGETS = 3;
    static final int COMPARISONS = 5;
    static final int BEFORE = 24;
    static final int AFTER = 24;

    /** Counts of 8 districts over 48 months; the target districts' rate is multiplied by {@code effect} after month 24. */
    static List<Cell> cells(double effect, long seed, double level) {
        MersenneTwister random = new MersenneTwister(seed);
        List<Cell> cells = new ArrayList<>();
        for (int d = 0; d < TARGETS + COMPARISONS; d++) {
            double population = 4_000 + 1_500 * d;
            double districtRate = level * (0.7 + 0.1 * d) / 1_000; // per inhabitant and month
            for (int m = 0; m < BEFORE + AFTER; m++) {
                double season = 1 + 0.2 * Math.cos((m % 12 - 6) * Math.PI / 6);
                double trend = 1 + 0.004 * m;
                double expected = population * districtRate * season * trend;
                if (d < TARGETS && m >= BEFORE) {
                    expected *= effect;
                }
                long count = new PoissonDistribution(random, expected, 1e-12, 10_000_000).sample();
                cells.add(new Cell(d, m, count, population));
            }
        }
        return cells;
    }

    static boolean[] target() {
        boolean[] target = new boolean[TARGETS + COMPARISONS];
        for (int d = 0; d < TARGETS; d++) {
            target[d] = true;
        }
        return target;
    }

    static boolean[] after() {
        boolean[] after = new boolean[BEFORE + AFTER];
        for (int m = BEFORE; m < after.length; m++) {
            after[m] = true;
        }
        return after;
    }

    @Test
    void aPlantedFallOfTwentyPercentIsFoundWithinThreePointsAndItsIntervalExcludesNoChange() {
        Estimate estimate = EffectEstimator.estimate(cells(0.8, 15, 3.0), target(), after());

        assertThat(estimate).as("an estimate").isNotNull();
        assertThat(estimate.relativeChange()).as("relative change").isCloseTo(-0.20, within(0.03));
        assertThat(estimate.upper()).as("upper end of the 95 %% interval").isNegative();
        assertThat(estimate.lower()).isLessThan(estimate.relativeChange());
        assertThat(estimate.includesNoChange()).isFalse();
        assertThat(estimate.dispersion()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void theSameDataWithoutTheFallGivesAnIntervalThatIncludesNoChange() {
        Estimate estimate = EffectEstimator.estimate(cells(1.0, 15, 3.0), target(), after());

        assertThat(estimate).isNotNull();
        assertThat(estimate.relativeChange()).isCloseTo(0.0, within(0.05));
        assertThat(estimate.includesNoChange()).as("interval %s to %s", estimate.lower(), estimate.upper()).isTrue();
    }

    @Test
    void acrossManySeedsThePlantedEffectIsFoundOnAverageAndTheIntervalCoversItAboutNinetyFivePercentOfTheTime() {
        int covered = 0;
        int runs = 200;
        double sum = 0;
        for (long seed = 1; seed <= runs; seed++) {
            Estimate e = EffectEstimator.estimate(cells(0.8, seed, 3.0), target(), after());
            sum += e.coefficient();
            if (e.lower() <= -0.2 && -0.2 <= e.upper()) {
                covered++;
            }
        }
        // the coefficient (the log rate ratio) is what the model estimates without bias
        assertThat(sum / runs).as("mean log rate ratio").isCloseTo(Math.log(0.8), within(0.01));
        assertThat(covered).as("intervals covering the true −20 %%").isBetween(180, 200);
    }

    @Test
    void withoutCountsOnEitherSideThereIsNoEstimate() {
        List<Cell> noTargetEvents = cells(0.8, 3, 3.0).stream()
                .map(c -> c.district() < TARGETS ? new Cell(c.district(), c.month(), 0, c.population()) : c)
                .toList();
        assertThat(EffectEstimator.estimate(noTargetEvents, target(), after())).isNull();

        List<Cell> onlyBefore = cells(0.8, 3, 3.0).stream().filter(c -> c.month() < BEFORE).toList();
        assertThat(EffectEstimator.estimate(onlyBefore, target(), after())).isNull();
    }

    @Test
    void districtsAndMonthsWithoutEventsAreLeftOutWithoutChangingTheEstimate() {
        List<Cell> cells = cells(0.8, 7, 3.0);
        Estimate base = EffectEstimator.estimate(cells, target(), after());
        boolean[] target = java.util.Arrays.copyOf(target(), TARGETS + COMPARISONS + 1);
        List<Cell> withEmpty = new ArrayList<>(cells);
        for (int m = 0; m < BEFORE + AFTER; m++) {
            withEmpty.add(new Cell(TARGETS + COMPARISONS, m, 0, 5_000));
        }
        Estimate withEmptyDistrict = EffectEstimator.estimate(withEmpty, target, after());
        assertThat(withEmptyDistrict.coefficient()).isCloseTo(base.coefficient(), within(1e-9));
        assertThat(withEmptyDistrict.standardError()).isCloseTo(base.standardError(), within(1e-3));
    }
}
