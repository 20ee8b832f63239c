package se.varna.measure;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * The difference-in-differences estimate of a measure's effect: a Poisson generalised linear
 * model of the monthly counts with a fixed effect per district, a fixed effect per month, the
 * log of the district's population as offset and one term for "target district in the after
 * window". Its coefficient β is the log of the ratio by which the target districts' rate moved
 * against the comparison districts' over the same months; {@code exp(β) − 1} is the relative
 * change. Fitted by iteratively reweighted least squares (the normal equations solved by
 * commons-math3's Cholesky decomposition). Crime counts vary more than a Poisson count does
 * (crimes come in series), so the standard error is scaled by the quasi-Poisson dispersion,
 * Pearson's χ² over the residual degrees of freedom, never below 1.
 *
 * <p>
 * Districts without a single event in the windows, and months without one in any district,
 * tell the model nothing (their fixed effect would go to minus infinity) and are left out
 * before the fit, which changes no other estimate.
 */
public final class EffectEstimator {

    /** The normal distribution's 97.5 % quantile, for the 95 % interval. */
    static final double Z = new NormalDistribution().inverseCumulativeProbability(0.975);

    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-9;

    private EffectEstimator() {
    }

    /**
     * One district's count in one month.
     *
     * @param district
     *            the district's index, 0 … districts − 1
     * @param month
     *            the month's index, 0 … months − 1
     * @param count
     *            the events
     * @param population
     *            the inhabitants the count is a rate of (above 0)
     */
    public record Cell(int district, int month, long count, double population) {
    }

    /**
     * The fitted effect.
     *
     * @param coefficient
     *            β, the log rate ratio
     * @param standardError
     *            β's standard error, scaled by the dispersion
     * @param dispersion
     *            Pearson χ² / degrees of freedom, at least 1
     * @param relativeChange
     *            exp(β) − 1
     * @param lower
     *            the 95 % interval's lower end, as a relative change
     * @param upper
     *            its upper end
     * @param iterations
     *            IRLS iterations to convergence
     */
    public record Estimate(double coefficient, double standardError, double dispersion, double relativeChange,
            double lower, double upper, int iterations) {

        /** Whether the interval holds 0, no change. */
        public boolean includesNoChange() {
            return lower <= 0 && upper >= 0;
        }
    }

    /**
     * Fits the model. {@code target[d]} says whether district d is a target district,
     * {@code after[m]} whether month m lies in the after window. Null when the model cannot be
     * fitted: no target or comparison district left, no month before or after, or the fit did not
     * converge.
     */
    public static Estimate estimate(List<Cell> cells, boolean[] target, boolean[] after) {
        int nDistricts = target.length;
        int nMonths = after.length;
        long[] districtEvents = new long[nDistricts];
        long[] monthEvents = new long[nMonths];
        for (Cell c : cells) {
            districtEvents[c.district()] += c.count();
            monthEvents[c.month()] += c.count();
        }
        // the parameters: one per kept district, one per kept month but the first, the effect
        int[] districtColumn = new int[nDistricts];
        int p = 0;
        boolean anyTarget = false;
        boolean anyComparison = false;
        for (int d = 0; d < nDistricts; d++) {
            districtColumn[d] = districtEvents[d] > 0 ? p++ : -1;
            if (districtEvents[d] > 0) {
                anyTarget |= target[d];
                anyComparison |= !target[d];
            }
        }
        int[] monthColumn = new int[nMonths];
        boolean first = true;
        boolean anyBefore = false;
        boolean anyAfter = false;
        for (int m = 0; m < nMonths; m++) {
            if (monthEvents[m] == 0) {
                monthColumn[m] = -2;
            } else {
                monthColumn[m] = first ? -1 : p++;
                first = false;
                anyBefore |= !after[m];
                anyAfter |= after[m];
            }
        }
        if (!anyTarget || !anyComparison || !anyBefore || !anyAfter) {
            return null;
        }
        int effect = p++;

        List<Cell> kept = new ArrayList<>(cells.size());
        for (Cell c : cells) {
            if (districtColumn[c.district()] >= 0 && monthColumn[c.month()] != -2 && c.population() > 0) {
                kept.add(c);
            }
        }
        int n = kept.size();
        if (n <= p) {
            return null;
        }
        // sparse rows: each observation has at most three ones
        int[][] columns = new int[n][];
        double[] y = new double[n];
        double[] offset = new double[n];
        for (int i = 0; i < n; i++) {
            Cell c = kept.get(i);
            int mc = monthColumn[c.month()];
            boolean treated = target[c.district()] && after[c.month()];
            List<Integer> cols = new ArrayList<>(3);
            cols.add(districtColumn[c.district()]);
            if (mc >= 0) {
                cols.add(mc);
            }
            if (treated) {
                cols.add(effect);
            }
            columns[i] = cols.stream().mapToInt(Integer::intValue).toArray();
            y[i] = c.count();
            offset[i] = Math.log(c.population());
        }

        // start from the district's own mean rate, no month or treatment effect
        double[] beta = new double[p];
        double[] districtExposure = new double[nDistricts];
        for (Cell c : kept) {
            districtExposure[c.district()] += c.population();
        }
        for (int d = 0; d < nDistricts; d++) {
            if (districtColumn[d] >= 0) {
                beta[districtColumn[d]] = Math.log(districtEvents[d] / districtExposure[d]);
            }
        }

        double[] mu = new double[n];
        RealMatrix information = null;
        int iteration = 0;
        boolean converged = false;
        while (iteration < MAX_ITERATIONS) {
            iteration++;
            double[][] xtwx = new double[p][p];
            double[] xtwz = new double[p];
            for (int i = 0; i < n; i++) {
                double eta = offset[i];
                for (int col : columns[i]) {
                    eta += beta[col];
                }
                mu[i] = Math.exp(eta);
                double w = mu[i];
                double z = eta - offset[i] + (y[i] - mu[i]) / mu[i];
                for (int a : columns[i]) {
                    xtwz[a] += w * z;
                    for (int b : columns[i]) {
                        xtwx[a][b] += w;
                    }
                }
            }
            information = new Array2DRowRealMatrix(xtwx, false);
            RealVector next;
            try {
                next = new CholeskyDecomposition(information, 1e-12, 1e-14).getSolver()
                        .solve(new ArrayRealVector(xtwz, false));
            } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.NonSymmetricMatrixException e) {
                return null;
            }
            double change = 0;
            for (int j = 0; j < p; j++) {
                double v = next.getEntry(j);
                if (!Double.isFinite(v)) {
                    return null;
                }
                change = Math.max(change, Math.abs(v - beta[j]));
                beta[j] = v;
            }
            if (change < TOLERANCE) {
                converged = true;
                break;
            }
        }
        if (!converged) {
            return null;
        }
        // the information matrix at the estimate, and Pearson's χ²
        double[][] xtwx = new double[p][p];
        double pearson = 0;
        for (int i = 0; i < n; i++) {
            double eta = offset[i];
            for (int col : columns[i]) {
                eta += beta[col];
            }
            mu[i] = Math.exp(eta);
            pearson += (y[i] - mu[i]) * (y[i] - mu[i]) / mu[i];
            for (int a : columns[i]) {
                for (int b : columns[i]) {
                    xtwx[a][b] += mu[i];
                }
            }
        }
        information = new Array2DRowRealMatrix(xtwx, false);
        double dispersion = Math.max(1.0, pearson / (n - p));
        DecompositionSolver solver;
        try {
            solver = new CholeskyDecomposition(information, 1e-12, 1e-14).getSolver();
        } catch (NonPositiveDefiniteMatrixException e) {
            return null;
        }
        RealVector unit = new ArrayRealVector(p);
        unit.setEntry(effect, 1);
        double variance = solver.solve(unit).getEntry(effect) * dispersion;
        if (!(variance > 0) || !Double.isFinite(variance)) {
            return null;
        }
        double b = beta[effect];
        double se = Math.sqrt(variance);
        return new Estimate(b, se, dispersion, Math.expm1(b), Math.expm1(b - Z * se), Math.expm1(b + Z * se),
                iteration);
    }
}
