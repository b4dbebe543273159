package dev.benchboard.stats.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.evidence.Latencies;
import dev.benchboard.evidence.LatencyOrigin;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * Percentiles and intervals on a histogram whose values are exact: 1 … 2000 µs once each (below
 * 2048 µs a 3-digit HdrHistogram has 1 µs buckets), so rank r holds r µs. Ranks from scipy:
 * <pre>
 * /usr/bin/python3 -c "from scipy.stats import binom
 * for p in [0.5,0.9,0.99,0.999]: print(p, int(binom.ppf(0.025,2000,p)), int(binom.ppf(0.975,2000,p))+1)"
 * -> 0.5 956 1045 | 0.9 1773 1827 | 0.99 1971 1989 | 0.999 1995 2001
 * </pre>
 */
class LatencyPercentilesTest {

    private static Histogram oneToTwoThousandMicros() {
        Histogram histogram = Latencies.newHistogram();
        for (long v = 1; v <= 2000; v++) {
            histogram.recordValue(v);
        }
        return histogram;
    }

    @Test
    void standardPercentilesWithOrderStatisticIntervalsInMilliseconds() {
        List<PercentileEstimate> estimates = LatencyPercentiles.ofHistogram(oneToTwoThousandMicros(), 0.95);

        assertThat(estimates).extracting(PercentileEstimate::label).containsExactly("P50", "P90", "P99", "P99.9", "max");
        assertThat(estimates).allSatisfy(e -> {
            assertThat(e.unit()).isEqualTo("ms");
            assertThat(e.origin()).isEqualTo(LatencyOrigin.HDR_HISTOGRAM);
            assertThat(e.n()).isEqualTo(2000);
        });
        assertEstimate(estimates.get(0), 1.000, 0.956, 1.045, 0.953447179508216);
        assertEstimate(estimates.get(1), 1.800, 1.773, 1.827, 0.9558847994980602);
        assertEstimate(estimates.get(2), 1.980, 1.971, 1.989, 0.9578313970989479);

        PercentileEstimate p999 = estimates.get(3);
        assertThat(p999.valueMs()).isEqualTo(1.998);
        assertThat(p999.interval().lower()).isEqualTo(1.995);
        // Rank 2001 does not exist: with 2000 samples the P99.9 has no finite upper bound at 95 %.
        assertThat(p999.interval().upperBounded()).isFalse();
        assertThat(p999.interval().upper()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(p999.interval().confidenceLevel()).isCloseTo(0.9834905195801381, within(1e-12));

        PercentileEstimate max = estimates.get(4);
        assertThat(max.valueMs()).isEqualTo(2.0);
        assertThat(max.interval()).isNull();
        assertThat(max.method().english()).contains("no distribution-free interval");
    }

    private static void assertEstimate(PercentileEstimate estimate, double valueMs, double lowerMs, double upperMs, double coverage) {
        assertThat(estimate.valueMs()).isEqualTo(valueMs);
        assertThat(estimate.interval().lower()).isEqualTo(lowerMs);
        assertThat(estimate.interval().upper()).isEqualTo(upperMs);
        assertThat(estimate.interval().confidenceLevel()).isCloseTo(coverage, within(coverage * 1e-9));
        assertThat(estimate.method().english()).contains("binom.ppf");
    }

    @Test
    void pooledPercentilesComeFromTheMergedHistogramNotFromAveragedPercentiles() {
        Histogram fast = Latencies.newHistogram();
        for (long v = 1; v <= 1000; v++) {
            fast.recordValue(v);
        }
        Histogram slow = Latencies.newHistogram();
        for (long v = 1001; v <= 1900; v++) {
            slow.recordValueWithCount(v, 3);
        }
        // Merged: 3700 samples, P50 = rank 1850 = the 850th of the slow run's 2700 → 1000 + ⌈850/3⌉ = 1284 µs.
        // Averaging the runs' P50s would give (0.5 + 1.45) / 2 = 0.975 ms instead.
        List<PercentileEstimate> pooled = LatencyPercentiles.pooled(List.of(fast, slow));
        assertThat(pooled.getFirst().valueMs()).isEqualTo(1.284);
        assertThat(pooled.getFirst().n()).isEqualTo(3700);
        assertThat(pooled.getFirst().interval()).isNull();
        assertThat(pooled.get(4).valueMs()).isEqualTo(1.9);
        assertThat(LatencyPercentiles.ofHistogram(slow, 0.95).getFirst().valueMs()).isEqualTo(1.45);
    }

    @Test
    void reportedPercentilesKeepTheirOriginAndHaveNoInterval() {
        List<PercentileEstimate> estimates = LatencyPercentiles.ofReported(List.of(
                new ReportedPercentile(99.0, 12.5, LatencyOrigin.ROUNDED_0_1_MS),
                new ReportedPercentile(50.0, 3.1, LatencyOrigin.REPORTED),
                new ReportedPercentile(100.0, 40.0, LatencyOrigin.REPORTED)));
        assertThat(estimates).extracting(PercentileEstimate::label).containsExactly("P50", "P99", "max");
        assertThat(estimates).extracting(PercentileEstimate::origin)
                .containsExactly(LatencyOrigin.REPORTED, LatencyOrigin.ROUNDED_0_1_MS, LatencyOrigin.REPORTED);
        assertThat(estimates).allSatisfy(e -> {
            assertThat(e.interval()).isNull();
            assertThat(e.n()).isZero();
        });
    }
}
