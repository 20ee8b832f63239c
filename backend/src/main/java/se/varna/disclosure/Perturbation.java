package se.varna.disclosure;

/**
 * The perturbation table of the cell-key method: the noise {@code d} a count gets from its
 * cell key, deterministic in (count, key).
 *
 * <p>
 * D is the published bound: a perturbed count is within D of the exact one. The table never
 * reaches it: for a count n ≥ 1, d lies in [−(D − 1), D − 1] with weight {@code (D − |d|)²}
 * (for D = 3: 0 with 9/19, ±1 with 4/19 each, ±2 with 1/19 each), left out where n + d would be
 * below 1 and the rest renormalised: a count of 1 or more is never published as 0, and the
 * largest changes are the rarest. The key, a fraction of [0, 1), picks d by the cumulative
 * weights. 0 is not perturbed (no record, nothing to hide).
 *
 * <p>
 * Why the bound is never reached: every published figure then allows its exact count one more
 * (p + D ≥ n + 1, and a suppressed count, at most 2 + (D − 1), one more too), so any hidden
 * count can be one higher with every answer still true, however many answers are combined:
 * reasoning with the published bounds, no hidden count is ever determined
 * (docs/disclosure-control.md).
 */
final class Perturbation {

    private final int maxNoise;
    /** Per n from 1 to D (the last row serves every larger n): cumulative weights from d = −(D − 1). */
    private final double[][] cumulative;

    Perturbation(int maxNoise) {
        if (maxNoise < 2) {
            throw new IllegalArgumentException("varna.disclosure.max-noise must be at least 2, not " + maxNoise);
        }
        this.maxNoise = maxNoise;
        int reach = maxNoise - 1;
        cumulative = new double[reach + 1][];
        for (int n = 1; n <= reach + 1; n++) {
            double[] weights = new double[2 * reach + 1];
            double total = 0;
            for (int d = -reach; d <= reach; d++) {
                double w = n + d >= 1 ? Math.pow(maxNoise - Math.abs(d), 2) : 0;
                weights[d + reach] = w;
                total += w;
            }
            double running = 0;
            for (int i = 0; i < weights.length; i++) {
                running += weights[i] / total;
                weights[i] = running;
            }
            weights[weights.length - 1] = 1.0;
            cumulative[n - 1] = weights;
        }
    }

    int maxNoise() {
        return maxNoise;
    }

    /** The noise of a count n ≥ 1 with this cell key (32 bits read as an unsigned fraction of 2^32). */
    int noise(long n, int cellKey) {
        double u = Integer.toUnsignedLong(cellKey) / 4_294_967_296.0;
        int reach = maxNoise - 1;
        double[] row = cumulative[(int) Math.min(n, reach + 1) - 1];
        for (int i = 0; i < row.length; i++) {
            if (u < row[i]) {
                return i - reach;
            }
        }
        return reach;
    }
}
