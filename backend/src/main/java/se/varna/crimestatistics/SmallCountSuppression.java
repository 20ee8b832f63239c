package se.varna.crimestatistics;

import java.util.List;

/**
 * Decides which figures of one answer are suppressed for callers who may not see exact small
 * counts.
 *
 * <p>
 * Primary: a count above 0 and below the threshold. Secondary: the answer's figures are tied
 * together by equations (a total and its parts: the municipality and its districts, a category
 * and its subcategories); an equation with exactly one suppressed figure would give it away
 * by subtraction, so the smallest other figure of that equation is suppressed too (a non-zero
 * one when there is one), until no equation has exactly one. Suppressing only ever adds, so it
 * ends.
 */
final class SmallCountSuppression {

    static final byte SHOWN = 0;
    static final byte PRIMARY = 1;
    static final byte SECONDARY = 2;

    private SmallCountSuppression() {
    }

    /**
     * @param counts
     *            every figure of the answer
     * @param equations
     *            sets of figure indexes of which one is the sum of the others
     * @return per figure: {@link #SHOWN}, {@link #PRIMARY} or {@link #SECONDARY}
     */
    static byte[] decide(long[] counts, List<int[]> equations, int threshold) {
        byte[] state = new byte[counts.length];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && counts[i] < threshold) {
                state[i] = PRIMARY;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] equation : equations) {
                int suppressed = 0;
                for (int figure : equation) {
                    if (state[figure] != SHOWN) {
                        suppressed++;
                    }
                }
                if (suppressed != 1) {
                    continue;
                }
                int candidate = -1;
                for (int figure : equation) {
                    if (state[figure] == SHOWN && (candidate < 0 || better(counts[figure], counts[candidate]))) {
                        candidate = figure;
                    }
                }
                if (candidate >= 0) {
                    state[candidate] = SECONDARY;
                    changed = true;
                }
            }
        }
        return state;
    }

    /** Whether {@code a} is a better figure to suppress alongside than {@code b}: the smallest non-zero. */
    private static boolean better(long a, long b) {
        if ((a == 0) != (b == 0)) {
            return a != 0;
        }
        return a < b;
    }
}
