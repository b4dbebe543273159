package dev.benchboard.stats.latency;

import java.util.Arrays;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * The sorted sample a histogram stands for, addressed by rank: the non-empty buckets as
 * (value, cumulative count) pairs, built in one pass over the buckets, then rank → value by binary
 * search. This is what makes order-statistic intervals and bootstrap draws on a million-sample
 * histogram cost O(buckets) once and O(log buckets) per query instead of O(samples).
 *
 * <p>The value of a bucket is its highest equivalent value, the convention of
 * {@link AbstractHistogram#getValueAtPercentile(double)}, so that {@link #valueAtPercentile} equals
 * what HdrHistogram itself (and wrk2, which prints from it) reports.
 */
public final class HistogramRanks {

    private final long[] values;
    private final long[] cumulativeCounts;
    private final long totalCount;

    private HistogramRanks(long[] values, long[] cumulativeCounts, long totalCount) {
        this.values = values;
        this.cumulativeCounts = cumulativeCounts;
        this.totalCount = totalCount;
    }

    public static HistogramRanks of(AbstractHistogram histogram) {
        long[] values = new long[64];
        long[] cumulative = new long[64];
        int buckets = 0;
        for (HistogramIterationValue bucket : histogram.recordedValues()) {
            if (buckets == values.length) {
                values = Arrays.copyOf(values, buckets * 2);
                cumulative = Arrays.copyOf(cumulative, buckets * 2);
            }
            values[buckets] = bucket.getValueIteratedTo();
            cumulative[buckets] = bucket.getTotalCountToThisValue();
            buckets++;
        }
        long total = buckets == 0 ? 0 : cumulative[buckets - 1];
        return new HistogramRanks(Arrays.copyOf(values, buckets), Arrays.copyOf(cumulative, buckets), total);
    }

    public long totalCount() {
        return totalCount;
    }

    public int nonEmptyBuckets() {
        return values.length;
    }

    /** The rank-th smallest recorded value (1-based rank, 1 … n). */
    public long valueAtRank(long rank) {
        if (rank < 1 || rank > totalCount) {
            throw new IllegalArgumentException("rank " + rank + " outside 1.." + totalCount);
        }
        int index = Arrays.binarySearch(cumulativeCounts, rank);
        // Not found: the insertion point is the first bucket whose cumulative count exceeds rank.
        return values[index >= 0 ? index : -index - 1];
    }

    /** HdrHistogram's value at a percentile (0 &lt; percentile ≤ 100): the value at {@link #rankOfPercentile}. */
    public long valueAtPercentile(double percentile) {
        return valueAtRank(rankOfPercentile(percentile, totalCount));
    }

    /**
     * The inverse of the empirical distribution function, F⁻¹(u) = min{x : F(x) ≥ u}, i.e. the value
     * at rank ⌈u·n⌉ (at least 1). Used to map a uniform order statistic to a sample value.
     */
    public long valueAtQuantile(double u) {
        long rank = (long) Math.ceil(u * totalCount);
        return valueAtRank(Math.min(totalCount, Math.max(1, rank)));
    }

    /**
     * The rank HdrHistogram 2.2 uses for a percentile: ⌈(percentile − 1 ulp)/100 · n⌉, at least 1
     * (the ulp keeps 99 % of 1,000,000 from rounding up into the next rank). This is the
     * inverse-ECDF sample quantile (Hyndman &amp; Fan type 1).
     */
    public static long rankOfPercentile(double percentile, long n) {
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must lie in (0, 100]: " + percentile);
        }
        double requested = Math.min(Math.max(Math.nextAfter(percentile, Double.NEGATIVE_INFINITY), 0.0), 100.0);
        long rank = (long) Math.ceil(requested * n / 100.0);
        return Math.max(rank, 1);
    }
}
