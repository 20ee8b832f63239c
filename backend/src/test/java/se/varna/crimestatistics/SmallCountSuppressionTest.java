package se.varna.crimestatistics;

import static org.assertj.core.api.Assertions.assertThat;
import static se.varna.crimestatistics.SmallCountSuppression.PRIMARY;
import static se.varna.crimestatistics.SmallCountSuppression.SECONDARY;
import static se.varna.crimestatistics.SmallCountSuppression.SHOWN;

import java.util.List;

import org.junit.jupiter.api.Test;

class SmallCountSuppressionTest {

    @Test
    void countsAboveZeroAndBelowTheThresholdAreSuppressedAndZeroIsNot() {
        byte[] state = SmallCountSuppression.decide(new long[] { 0, 1, 2, 3, 40 }, List.of(), 3);

        assertThat(state).containsExactly(SHOWN, PRIMARY, PRIMARY, SHOWN, SHOWN);
    }

    @Test
    void aLoneSuppressedPartHidesTheSmallestOtherNonZeroFigureOfItsEquation() {
        // total = 20, parts 1, 0, 7, 12
        byte[] state = SmallCountSuppression.decide(new long[] { 20, 1, 0, 7, 12 }, List.of(new int[] { 0, 1, 2, 3, 4 }),
                3);

        assertThat(state).containsExactly(SHOWN, PRIMARY, SHOWN, SECONDARY, SHOWN);
    }

    @Test
    void secondarySuppressionSpreadsAcrossEquationsThatShareAFigure() {
        // Two rows (totals 0 and 5) and two columns (totals 3 and 6): a 2×2 table with margins.
        //    figures: 0 = a, 1 = b, 2 = c, 3 = d, 4 = row1 (a+b), 5 = row2 (c+d), 6 = col1 (a+c), 7 = col2 (b+d)
        long[] counts = { 1, 8, 5, 4, 9, 9, 6, 12 };
        List<int[]> equations = List.of(new int[] { 4, 0, 1 }, new int[] { 5, 2, 3 }, new int[] { 6, 0, 2 },
                new int[] { 7, 1, 3 });

        byte[] state = SmallCountSuppression.decide(counts, equations, 3);

        for (int[] equation : equations) {
            long suppressed = java.util.Arrays.stream(equation).filter(i -> state[i] != SHOWN).count();
            assertThat(suppressed).isNotEqualTo(1);
        }
        assertThat(state[0]).isEqualTo(PRIMARY);
    }

    @Test
    void equationsWithTwoSuppressedFiguresNeedNoMore() {
        byte[] state = SmallCountSuppression.decide(new long[] { 30, 1, 2, 27 }, List.of(new int[] { 0, 1, 2, 3 }), 3);

        assertThat(state).containsExactly(SHOWN, PRIMARY, PRIMARY, SHOWN);
    }
}
