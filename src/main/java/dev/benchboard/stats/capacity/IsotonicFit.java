package dev.benchboard.stats.capacity;

import java.util.ArrayList;
import java.util.List;

/**
 * Weighted least-squares fit of a non-decreasing sequence (isotonic regression) by pool-adjacent-violators:
 * walk the values in order, keeping blocks of pooled values; whenever a block's weighted mean is below the
 * previous block's, merge the two (and keep merging backwards while the order is violated). Each value's
 * fit is its block's weighted mean. Commons Math has no isotonic regression; PAVA is exact and O(n).
 *
 * <p>The same as {@code sklearn.isotonic.IsotonicRegression(increasing=True).fit(x, y, sample_weight=w)}
 * and, without weights, R's {@code isoreg(x, y)$yf}.
 */
public final class IsotonicFit {

    private IsotonicFit() {
    }

    /**
     * @param values  in the order the fit must be non-decreasing over (e.g. by concurrency)
     * @param weights positive weights, e.g. the number of runs behind each value
     * @return the fitted values, same length and order
     */
    public static double[] fit(double[] values, double[] weights) {
        if (values.length != weights.length) throw new IllegalArgumentException("values and weights differ in length");
        List<double[]> blocks = new ArrayList<>();   // {weighted sum, weight, count}
        for (int i = 0; i < values.length; i++) {
            if (!(weights[i] > 0) || !Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + i + ": need a finite value and a weight > 0");
            }
            blocks.add(new double[] {values[i] * weights[i], weights[i], 1});
            while (blocks.size() > 1 && mean(blocks.get(blocks.size() - 2)) > mean(blocks.getLast())) {
                double[] last = blocks.removeLast();
                double[] previous = blocks.getLast();
                previous[0] += last[0];
                previous[1] += last[1];
                previous[2] += last[2];
            }
        }
        double[] fitted = new double[values.length];
        int i = 0;
        for (double[] block : blocks) {
            for (int k = 0; k < block[2]; k++) fitted[i++] = mean(block);
        }
        return fitted;
    }

    private static double mean(double[] block) {
        return block[0] / block[1];
    }
}
