package se.varna.disclosure;

/**
 * The perturbation table of the cell-key method: the noise {@code d} a count gets from its
 * cell key, deterministic in (count, key).
 *
 * <p>
 * For a count n ≥ 1, d lies in [−D, D] with weight {@code (D + 1 − |d|)²} (for D = 2: 0 with
 * 9/19, ±1 with 4/19 each, ±2 with 1/19 each), left out where n + d would be below 1 and the
 * rest renormalised: a count of 1 or more is never published as 0, and the largest changes are
 * the rarest. The key, a fraction of [0, 1), picks d by the cumulative weights. 0 is not
 * perturbed (no record, nothing to hide).
 */
final class Perturbation {

    private final int maxNoise;
    /** Per n from 1 to D + 1 (the last row serves every larger n): cumulative weights from d = −D. */
    private final double[][] cumulative;

    Perturbation(int maxNoise) {
        if (maxNoise < 1) {
            throw new IllegalArgumentException("varna.disclosure.max-noise must be at least 1, not " + maxNoise);
        }
        this.maxNoise = maxNoise;
        cumulative = new double[maxNoise + 1][];
        for (int n = 1; n <= maxNoise + 1; n++) {
            double[] weights = new double[2 * maxNoise + 1];
            double total = 0;
            for (int d = -maxNoise; d <= maxNoise; d++) {
                double w = n + d >= 1 ? Math.pow(maxNoise + 1 - Math.abs(d), 2) : 0;
                weights[d + maxNoise] = w;
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
        double[] row = cumulative[(int) Math.min(n, maxNoise + 1) - 1];
        for (int i = 0; i < row.length; i++) {
            if (u < row[i]) {
                return i - maxNoise;
            }
        }
        return maxNoise;
    }
}
