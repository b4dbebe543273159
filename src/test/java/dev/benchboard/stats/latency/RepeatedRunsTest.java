package dev.benchboard.stats.latency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.stats.common.StatsSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedRunsTest {

    private static final StatsSettings SETTINGS = StatsSettings.defaults();

    @Test
    void tenRunsMedianWithSecondToNinthOrderStatisticInterval() {
        List<Double> p99s = List.of(14.2, 12.9, 13.5, 15.8, 13.1, 12.4, 13.9, 14.7, 13.3, 19.6);
        AcrossRunsSummary summary = RepeatedRuns.summarize("P99", "ms", List.of(LatencyOrigin.HDR_HISTOGRAM), p99s, SETTINGS);
        // sorted: 12.4 12.9 13.1 13.3 13.5 13.9 14.2 14.7 15.8 19.6
        assertThat(summary.median()).isEqualTo((13.5 + 13.9) / 2);
        assertThat(summary.medianInterval().lower()).isEqualTo(12.9);
        assertThat(summary.medianInterval().upper()).isEqualTo(15.8);
        // scipy: binom.cdf(8,10,.5) - binom.cdf(1,10,.5) = 0.978515625
        assertThat(summary.medianInterval().confidenceLevel()).isEqualTo(0.978515625);
        assertThat(summary.origins()).containsExactly(LatencyOrigin.HDR_HISTOGRAM);
        assertThat(summary.bootstrapResamples()).isEqualTo(2000);
        assertThat(summary.seed()).isEqualTo(42L);
    }

    @Test
    void bootstrapIntervalOfTheMedianMatchesTheExactBootstrapDistribution() {
        // For 11 distinct values the bootstrap median is the 6th smallest of 11 draws, so
        // P(median* ≤ x(j)) = P(Binomial(11, j/11) ≥ 6) exactly:
        //   /usr/bin/python3 -c "from scipy.stats import binom; print([binom.sf(5,11,j/11) for j in range(12)])"
        //   -> j=2: 0.0072, j=3: 0.0512, j=8: 0.9488, j=9: 0.9928
        // With 2000 replicates the type-7 2.5 % / 97.5 % quantiles are x(3) and x(9) unless the
        // replicate counts stray by > 5 standard errors: probability 1 − 3.2e-9 (binomial tails, same script).
        // scipy.stats.bootstrap(method='percentile', n_resamples=2000) gives the same [x(3), x(9)].
        List<Double> values = List.of(5.0, 1.0, 9.0, 3.0, 7.0, 11.0, 2.0, 8.0, 4.0, 10.0, 6.0);
        AcrossRunsSummary summary = RepeatedRuns.summarize("throughput", "req/s", List.of(), values, SETTINGS);
        assertThat(summary.bootstrapInterval().lower()).isEqualTo(3.0);
        assertThat(summary.bootstrapInterval().upper()).isEqualTo(9.0);
        // Nominally 95 %, but [x(3), x(9)] covers the median of 11 runs with P(3 ≤ B ≤ 8), B ~ Binomial(11, 1/2):
        //   /usr/bin/python3 -c "from scipy.stats import binom; print(binom.cdf(8,11,.5)-binom.cdf(2,11,.5))" -> 0.9345703125
        // so that is the level the interval states.
        assertThat(summary.bootstrapInterval().confidenceLevel()).isEqualTo(0.9345703125);
        assertThat(summary.bootstrapInterval().method().english()).contains("stated level 93.457 %").contains("[X(3), X(9)]");
        // Same seed, same interval.
        assertThat(RepeatedRuns.summarize("throughput", "req/s", List.of(), values, SETTINGS).bootstrapInterval())
                .isEqualTo(summary.bootstrapInterval());
    }

    @Test
    void fiveRunsCannotBoundTheMedianAtNinetyFivePercent() {
        // scipy: binom.ppf(0.025, 5, 0.5) = 0 → rank 0; binom.ppf(0.975, 5, 0.5) + 1 = 6 > 5.
        AcrossRunsSummary summary = RepeatedRuns.summarize("P50", "ms", List.of(LatencyOrigin.REPORTED),
                List.of(3.0, 3.4, 2.9, 3.1, 3.3), SETTINGS);
        assertThat(summary.median()).isEqualTo(3.1);
        assertThat(summary.medianInterval().lowerBounded()).isFalse();
        assertThat(summary.medianInterval().upperBounded()).isFalse();
        assertThat(summary.medianInterval().confidenceLevel()).isEqualTo(1.0);
        // [min, max] covers the median with 1 − 2·0.5⁵ = 0.9375 (scipy: 1 - 2*binom.cdf(0, 5, 0.5)): said, not labelled 95 %.
        assertThat(summary.method().english()).contains("no 95 % interval with n = 5: [min, max] covers the median with 93.75 %");
        assertThat(summary.bootstrapInterval().confidenceLevel()).isEqualTo(0.9375);
    }

    @Test
    void oneRunHasNoInterval() {
        AcrossRunsSummary summary = RepeatedRuns.summarize("P99", "ms", List.of(LatencyOrigin.T_DIGEST), List.of(8.5), SETTINGS);
        assertThat(summary.median()).isEqualTo(8.5);
        assertThat(summary.medianInterval()).isNull();
        assertThat(summary.bootstrapInterval()).isNull();
        assertThat(summary.method().english()).contains("single run");
    }
}
