package dev.benchboard.stats.reliability;

import dev.benchboard.format.Figures;
import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.Bootstrap;
import dev.benchboard.stats.common.Interval;
import dev.benchboard.stats.common.Quantiles;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Two intervals for repair time, both shown because they answer different questions:
 * <ul>
 *   <li>{@code bootstrapMean}: percentile bootstrap of the mean repair time (the MTTR itself).</li>
 *   <li>{@code logT}: Student-t interval on ln d_i, exponentiated: an interval for the geometric mean
 *       of repair times (the median repair time if they are log-normal), not for the MTTR.</li>
 * </ul>
 *
 * @param n                     repair durations used
 * @param bootstrapMean         interval of the mean, null when n < 2
 * @param geometricMeanSeconds  exp(mean ln d_i), null when n < 2 or a duration is 0
 * @param logT                  interval of the geometric mean, null when n < 2 or a duration is 0
 * @param resamples             bootstrap resamples
 * @param seed                  seed of the Mersenne Twister used for resampling
 */
public record MttrConfidence(int n, Interval bootstrapMean, Double geometricMeanSeconds, Interval logT,
                             int resamples, long seed, List<Sentence> warnings) {

    static final Sentence BOOTSTRAP_METHOD = Sentence.of("reliability.interval.mttr-bootstrap");
    static final Sentence LOG_T_METHOD = Sentence.of("reliability.interval.mttr-log-t");

    public MttrConfidence {
        warnings = List.copyOf(warnings);
    }

    public static MttrConfidence of(double[] repairSeconds, double confidence, int resamples, long seed) {
        int n = repairSeconds.length;
        List<Sentence> warnings = new ArrayList<>();
        if (n < 2) {
            warnings.add(Sentence.of("reliability.warning.mttr-too-few", Figures.count(n)));
            return new MttrConfidence(n, null, null, null, resamples, seed, warnings);
        }
        Interval bootstrap = bootstrapMean(repairSeconds, confidence, resamples, seed);
        boolean positive = true;
        for (double d : repairSeconds) positive &= d > 0;
        if (!positive) {
            warnings.add(Sentence.of("reliability.warning.zero-repair"));
            return new MttrConfidence(n, bootstrap, null, null, resamples, seed, warnings);
        }
        double[] logs = new double[n];
        for (int i = 0; i < n; i++) logs[i] = Math.log(repairSeconds[i]);
        double mean = new Mean().evaluate(logs);
        double halfWidth = Quantiles.studentT((1 + confidence) / 2, n - 1)
                * new StandardDeviation().evaluate(logs) / Math.sqrt(n);
        Interval logT = new Interval(Math.exp(mean - halfWidth), Math.exp(mean + halfWidth), confidence, LOG_T_METHOD);
        return new MttrConfidence(n, bootstrap, Math.exp(mean), logT, resamples, seed, warnings);
    }

    private static Interval bootstrapMean(double[] values, double confidence, int resamples, long seed) {
        double[] means = Bootstrap.replicates(values, resamples, new MersenneTwister(seed), Bootstrap::mean);
        return Bootstrap.percentileInterval(means, (1 - confidence) / 2, (1 + confidence) / 2, confidence,
                BOOTSTRAP_METHOD);
    }
}
