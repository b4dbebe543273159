package dev.benchboard.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.evidence.Latencies;
import dev.benchboard.stats.SyntheticLatencies;
import dev.benchboard.stats.common.SeededRandom;
import dev.benchboard.stats.common.StatsSettings;
import dev.benchboard.stats.latency.HistogramRanks;
import java.util.Arrays;
import org.HdrHistogram.Histogram;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PercentileDifferenceBootstrapTest {

    @Test
    void replicatesFollowTheExactBootstrapDistributionOfTheOrderStatistic() {
        // 200 samples 1..200 µs; a resample's P99 is its 198th smallest draw, so exactly
        // P(P99* ≤ j µs) = P(Binomial(200, j/200) ≥ 198):
        //   /usr/bin/python3 -c "from scipy.stats import binom; print([binom.sf(197,200,j/200) for j in range(193,201)])"
        double[] exactCdf = {0.02769631673418576, 0.05929094572590564, 0.12147558519833385, 0.23514813577270582,
                0.4214963216504666, 0.6766786945356564, 0.9201605680470226, 1.0};
        Histogram histogram = Latencies.newHistogram();
        for (long v = 1; v <= 200; v++) {
            histogram.recordValue(v);
        }
        int resamples = 20_000;
        double[] replicates = PercentileDifferenceBootstrap.replicates(HistogramRanks.of(histogram), 99.0, resamples,
                SeededRandom.of(7));
        for (int j = 193; j <= 200; j++) {
            double threshold = j / 1000.0;
            double empirical = Arrays.stream(replicates).filter(r -> r <= threshold + 1e-12).count() / (double) resamples;
            double p = exactCdf[j - 193];
            double standardError = Math.sqrt(p * (1 - p) / resamples);
            assertThat(empirical).as("P(P99* ≤ %d µs)", j).isBetween(p - 5 * standardError - 1e-12, p + 5 * standardError + 1e-12);
        }
    }

    @Test
    void orderStatisticShortcutAgreesWithMaterialisedResampling() {
        // The naive bootstrap: draw n values from the histogram's samples, sort, take rank ⌈0.99 n⌉.
        Histogram histogram = SyntheticLatencies.logNormalMicros(3_000, 3, 4_000, 0.8);
        HistogramRanks ranks = HistogramRanks.of(histogram);
        int n = (int) ranks.totalCount();
        long[] sample = new long[n];
        for (int r = 1; r <= n; r++) {
            sample[r - 1] = ranks.valueAtRank(r);
        }
        int resamples = 4_000;
        RandomGenerator random = SeededRandom.of(99);
        double[] naive = new double[resamples];
        long[] resample = new long[n];
        int k = (int) HistogramRanks.rankOfPercentile(99.0, n);
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                resample[i] = sample[random.nextInt(n)];
            }
            Arrays.sort(resample);
            naive[b] = resample[k - 1] / 1000.0;
        }
        double[] shortcut = PercentileDifferenceBootstrap.replicates(ranks, 99.0, resamples, SeededRandom.of(100));
        // Two-sample Kolmogorov–Smirnov distance; 1.95·√(2/4000) = 0.0436 is the 0.1 % critical value.
        assertThat(ksDistance(naive, shortcut)).isLessThan(0.0436);
    }

    private static double ksDistance(double[] a, double[] b) {
        double[] x = a.clone();
        double[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        double distance = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            double value = Math.min(x[i], y[j]);
            while (i < x.length && x[i] <= value) {
                i++;
            }
            while (j < y.length && y[j] <= value) {
                j++;
            }
            distance = Math.max(distance, Math.abs((double) i / x.length - (double) j / y.length));
        }
        return distance;
    }

    @Test
    void twentyPercentSlowerCandidateHasAnIntervalAboveZero() {
        Histogram baseline = SyntheticLatencies.logNormalMicros(200_000, 1, 2_000, 0.5);
        Histogram candidate = SyntheticLatencies.logNormalMicros(200_000, 2, 2_400, 0.5);
        BootstrapDifference difference = PercentileDifferenceBootstrap.of(baseline, candidate, 99.0, StatsSettings.defaults());
        assertThat(difference.baselineMs()).isEqualTo(baseline.getValueAtPercentile(99.0) / 1000.0);
        assertThat(difference.candidateMs()).isEqualTo(candidate.getValueAtPercentile(99.0) / 1000.0);
        assertThat(difference.differenceMs()).isEqualTo(difference.candidateMs() - difference.baselineMs());
        assertThat(difference.interval().lower()).isGreaterThan(0);
        assertThat(difference.interval().contains(difference.differenceMs())).isTrue();
        assertThat(difference.resamples()).isEqualTo(2000);
        assertThat(difference.nBaseline()).isEqualTo(200_000);
        // Reproducible with the same seed.
        assertThat(PercentileDifferenceBootstrap.of(baseline, candidate, 99.0, StatsSettings.defaults()).interval())
                .isEqualTo(difference.interval());
    }
}
