package dev.benchboard.stats.regression;

import dev.benchboard.format.Figures;
import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.Bootstrap;
import dev.benchboard.stats.common.Interval;
import dev.benchboard.stats.common.SeededRandom;
import dev.benchboard.stats.common.StatsSettings;
import dev.benchboard.stats.latency.HistogramRanks;
import dev.benchboard.stats.latency.RepeatedRuns;
import org.HdrHistogram.AbstractHistogram;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Bootstrap of a percentile difference between two runs with raw samples, without materialising
 * the resamples.
 *
 * <p>A bootstrap resample is n draws from the run's empirical distribution F, and its percentile is
 * its k-th smallest draw, k = ⌈p·n⌉ (HdrHistogram's rank). Draws are F⁻¹(U) for uniform U, and F⁻¹
 * is non-decreasing, so the k-th smallest draw is F⁻¹(U₍k₎), where U₍k₎, the k-th smallest of n
 * uniforms, has a Beta(k, n − k + 1) distribution. One Beta variate and one binary search over the
 * histogram's buckets therefore give a resample's percentile with exactly the distribution of the
 * naive "draw n values, sort, pick rank k" — in O(log buckets) instead of O(n log n).
 */
public final class PercentileDifferenceBootstrap {

    private static final double MICROS_PER_MS = 1000.0;

    private PercentileDifferenceBootstrap() {
    }

    public static BootstrapDifference of(AbstractHistogram baselineMicros, AbstractHistogram candidateMicros,
                                         double percentile, StatsSettings settings) {
        HistogramRanks baseline = HistogramRanks.of(baselineMicros);
        HistogramRanks candidate = HistogramRanks.of(candidateMicros);
        if (baseline.totalCount() == 0 || candidate.totalCount() == 0) {
            throw new IllegalArgumentException("both histograms need samples");
        }
        int resamples = settings.bootstrapResamples();
        RandomGenerator random = SeededRandom.of(settings.randomSeed());
        double[] baselineReplicates = replicates(baseline, percentile, resamples, random);
        double[] candidateReplicates = replicates(candidate, percentile, resamples, random);
        double[] differences = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            differences[b] = candidateReplicates[b] - baselineReplicates[b];
        }
        double baselineMs = baseline.valueAtPercentile(percentile) / MICROS_PER_MS;
        double candidateMs = candidate.valueAtPercentile(percentile) / MICROS_PER_MS;
        Sentence method = Sentence.of("regression.bootstrap.percentile-difference", trim(percentile), Figures.count(resamples),
                RepeatedRuns.seed(settings.randomSeed()));
        double halfAlpha = settings.alpha() / 2;
        Interval interval = Bootstrap.percentileInterval(differences, halfAlpha, 1 - halfAlpha,
                settings.confidenceLevel(), method);
        return new BootstrapDifference(percentile, baselineMs, candidateMs, candidateMs - baselineMs, interval,
                baseline.totalCount(), candidate.totalCount(), resamples, settings.randomSeed(), method);
    }

    /** The percentile of each of {@code resamples} bootstrap resamples of the histogram, in ms. */
    static double[] replicates(HistogramRanks ranks, double percentile, int resamples, RandomGenerator random) {
        long n = ranks.totalCount();
        long k = HistogramRanks.rankOfPercentile(percentile, n);
        double[] values = new double[resamples];
        BetaDistribution orderStatistic = new BetaDistribution(random, k, n - k + 1);
        for (int b = 0; b < resamples; b++) {
            values[b] = ranks.valueAtQuantile(orderStatistic.sample()) / MICROS_PER_MS;
        }
        return values;
    }

    private static String trim(double percentile) {
        return percentile == Math.rint(percentile) ? Long.toString((long) percentile) : Double.toString(percentile);
    }
}
