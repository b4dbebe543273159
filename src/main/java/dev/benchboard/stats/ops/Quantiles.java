package dev.benchboard.stats.ops;

import java.util.Arrays;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The percentile definition used by every operational statistic, and distribution quantiles computed
 * to full double accuracy (Commons Math's defaults stop at 1e-9 absolute, too coarse for reference
 * agreement at 1e-9 relative).
 */
public final class Quantiles {

    /** Shown next to every percentile so a reader can reproduce it. */
    public static final String PERCENTILE_DEFINITION =
            "linear interpolation between order statistics (Hyndman-Fan type 7 = R quantile(type=7) = numpy 'linear')";

    private static final double INVERSE_ACCURACY = 1e-15;

    private Quantiles() {
    }

    /** Type-7 percentile of values (not modified), p in [0, 1]. */
    public static double type7(double[] values, double p) {
        if (values.length == 0) throw new IllegalArgumentException("no values");
        if (p < 0 || p > 1) throw new IllegalArgumentException("p must be in [0, 1]: " + p);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (p == 0) return sorted[0];
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(sorted, p * 100);
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
