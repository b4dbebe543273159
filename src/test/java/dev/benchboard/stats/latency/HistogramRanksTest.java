package dev.benchboard.stats.latency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.evidence.Latencies;
import dev.benchboard.stats.SyntheticLatencies;
import java.util.Arrays;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The rank view must agree with HdrHistogram itself and with a materialised, sorted sample. */
class HistogramRanksTest {

    @Test
    void valueAtPercentileEqualsHdrHistogramsOwn() {
        Histogram histogram = SyntheticLatencies.logNormalMicros(1_000_000, 11, 2_500, 0.6);
        HistogramRanks ranks = HistogramRanks.of(histogram);
        assertThat(ranks.totalCount()).isEqualTo(1_000_000);
        for (double percentile : new double[] {0.1, 1, 10, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 99.99, 99.999, 100}) {
            assertThat(ranks.valueAtPercentile(percentile))
                    .as("P%s", percentile)
                    .isEqualTo(histogram.getValueAtPercentile(percentile));
        }
        assertThat(ranks.valueAtRank(1_000_000)).isEqualTo(histogram.getMaxValue());
    }

    @Test
    void valueAtRankEqualsTheSortedSampleOfBucketValues() {
        long[] values = SyntheticLatencies.logNormalMicrosValues(20_000, 5, 8_000, 1.0);
        Histogram histogram = SyntheticLatencies.logNormalMicros(20_000, 5, 8_000, 1.0);
        // Materialise: every recorded sample stands for its bucket's highest equivalent value.
        long[] sorted = Arrays.stream(values).map(histogram::highestEquivalentValue).sorted().toArray();
        HistogramRanks ranks = HistogramRanks.of(histogram);
        for (int rank = 1; rank <= sorted.length; rank++) {
            assertThat(ranks.valueAtRank(rank)).as("rank %d", rank).isEqualTo(sorted[rank - 1]);
        }
    }

    @Test
    void rankOfPercentileIsTheCeilingWithoutFloatingPointOvershoot() {
        // 99 % of 1,000,000 is 990,000 exactly; a naive ceil(0.99 * 1e6) would give 990,001.
        assertThat(HistogramRanks.rankOfPercentile(99.0, 1_000_000)).isEqualTo(990_000);
        assertThat(HistogramRanks.rankOfPercentile(99.9, 1_000_000)).isEqualTo(999_000);
        assertThat(HistogramRanks.rankOfPercentile(50.0, 3)).isEqualTo(2);
        assertThat(HistogramRanks.rankOfPercentile(0.001, 10)).isEqualTo(1);
        assertThat(HistogramRanks.rankOfPercentile(100.0, 7)).isEqualTo(7);
    }

    @Test
    void valueAtQuantileIsTheInverseEmpiricalDistribution() {
        Histogram histogram = Latencies.newHistogram();
        for (long v = 1; v <= 10; v++) {
            histogram.recordValue(v * 100);
        }
        HistogramRanks ranks = HistogramRanks.of(histogram);
        // F(x) jumps by 0.1 at 100, 200, …: F⁻¹(u) = 100·⌈10u⌉.
        assertThat(ranks.valueAtQuantile(0.0)).isEqualTo(100);
        assertThat(ranks.valueAtQuantile(0.1)).isEqualTo(100);
        assertThat(ranks.valueAtQuantile(0.1000001)).isEqualTo(200);
        assertThat(ranks.valueAtQuantile(0.95)).isEqualTo(1000);
        assertThat(ranks.valueAtQuantile(1.0)).isEqualTo(1000);
    }
}
