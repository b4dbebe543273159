package dev.benchboard.stats.common;

import dev.benchboard.format.Sentence;
import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The percentile bootstrap shared by every resampling statistic: resample the values with
 * replacement, compute the statistic of each resample, and take type-7 quantiles of the replicates
 * as the interval's ends. The caller chooses the generator and seed (and says which in its method
 * text), so a figure is reproducible and does not depend on other figures computed before it.
 */
public final class Bootstrap {

    private Bootstrap() {
    }

    /**
     * The statistic of {@code resamples} resamples of {@code values}, each drawn as
     * {@code values[random.nextInt(n)]} n times. The resample array is reused between calls of the
     * statistic, which may reorder it (e.g. sort it for a median).
     */
    public static double[] replicates(double[] values, int resamples, RandomGenerator random,
                                      ToDoubleFunction<double[]> statistic) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("nothing to resample");
        }
        double[] replicates = new double[resamples];
        double[] resample = new double[n];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                resample[i] = values[random.nextInt(n)];
            }
            replicates[b] = statistic.applyAsDouble(resample);
        }
        return replicates;
    }

    /**
     * The percentile interval: type-7 quantiles of the replicates at the two levels (e.g. α/2 and
     * 1 − α/2). Sorts {@code replicates} in place.
     */
    public static Interval percentileInterval(double[] replicates, double lowerLevel, double upperLevel,
                                              double confidenceLevel, Sentence method) {
        Arrays.sort(replicates);
        return new Interval(Quantiles.linear(replicates, lowerLevel), Quantiles.linear(replicates, upperLevel),
                confidenceLevel, method);
    }

    /** The arithmetic mean, summed in array order (the statistic of the MTTR bootstrap). */
    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The median; sorts its argument (the statistic of the across-runs bootstrap). */
    public static double medianInPlace(double[] values) {
        Arrays.sort(values);
        return Quantiles.medianOfSorted(values);
    }
}
