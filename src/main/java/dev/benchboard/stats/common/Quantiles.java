package dev.benchboard.stats.common;

import java.util.Arrays;
import java.util.Collection;

/**
 * Sample quantiles of small in-memory samples (run values, bootstrap replicates). One rule is used
 * everywhere so that figures agree with each other: Hyndman &amp; Fan type 7, linear interpolation
 * between order statistics — the default of numpy.percentile, R's quantile() and
 * scipy.stats.bootstrap's percentile method.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /** Type-7 quantile of an ascending array; q in [0, 1]. */
    public static double linear(double[] sortedAscending, double q) {
        if (sortedAscending.length == 0) {
            throw new IllegalArgumentException("quantile of an empty sample");
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile level must lie in [0, 1]: " + q);
        }
        double h = (sortedAscending.length - 1) * q;
        int below = (int) Math.floor(h);
        if (below >= sortedAscending.length - 1) {
            return sortedAscending[sortedAscending.length - 1];
        }
        double fraction = h - below;
        return sortedAscending[below] + fraction * (sortedAscending[below + 1] - sortedAscending[below]);
    }

    /** The usual median: the middle value, or the mean of the two middle values. */
    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return medianOfSorted(sorted);
    }

    public static double median(Collection<Double> values) {
        return median(toArray(values));
    }

    public static double medianOfSorted(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            throw new IllegalArgumentException("median of an empty sample");
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    public static double[] toArray(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    public static double[] sortedCopy(Collection<Double> values) {
        double[] sorted = toArray(values);
        Arrays.sort(sorted);
        return sorted;
    }
}
