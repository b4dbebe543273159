package dev.benchboard.stats.common;

import java.util.Arrays;
import java.util.Collection;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The quantiles every statistic uses.
 *
 * <p>Sample quantiles (run values, repair times, GC pauses, bootstrap replicates) follow one rule so
 * that figures agree with each other: Hyndman &amp; Fan type 7, linear interpolation between order
 * statistics — the default of numpy.percentile, R's quantile() and scipy.stats.bootstrap's percentile
 * method. Distribution quantiles (χ², Student t) are inverted to full double accuracy: Commons Math's
 * default solver accuracy (1e-9 absolute) is too coarse for agreement with R/scipy to 1e-9 relative.
 */
public final class Quantiles {

    /** Shown next to every sample percentile so a reader can reproduce it. */
    public static final String PERCENTILE_DEFINITION =
            "linear interpolation between order statistics (Hyndman-Fan type 7 = R quantile(type=7) = numpy 'linear')";

    private static final double INVERSE_ACCURACY = 1e-15;

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

    /** Type-7 quantile of values in any order (not modified); q in [0, 1]. */
    public static double type7(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return linear(sorted, q);
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

    /** The p-quantile of the chi-squared distribution with the given degrees of freedom. */
    public static double chiSquared(double p, double degreesOfFreedom) {
        return new ChiSquaredDistribution(null, degreesOfFreedom, INVERSE_ACCURACY).inverseCumulativeProbability(p);
    }

    public static double chiSquaredCdf(double x, double degreesOfFreedom) {
        return new ChiSquaredDistribution(null, degreesOfFreedom, INVERSE_ACCURACY).cumulativeProbability(x);
    }

    /** The p-quantile of Student's t with the given degrees of freedom. */
    public static double studentT(double p, double degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom, INVERSE_ACCURACY).inverseCumulativeProbability(p);
    }
}
