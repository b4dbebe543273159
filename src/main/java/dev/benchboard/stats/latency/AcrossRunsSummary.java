package dev.benchboard.stats.latency;

import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.stats.common.Interval;
import dev.benchboard.format.Sentence;
import java.util.List;

/**
 * One metric (a percentile, a throughput …) over repeated runs: the median of the per-run values
 * with two 95 % intervals, an order-statistic interval for the population median of runs and a
 * percentile-bootstrap interval for the sample median.
 *
 * @param metric           e.g. "P99"
 * @param unit             e.g. "ms"
 * @param origins          distinct origins of the per-run values (empty for non-latency metrics)
 * @param perRunValues     the values, in run order
 * @param n                number of runs
 * @param median           median of the per-run values (mean of the middle two for even n)
 * @param medianInterval   order-statistic interval of the median (may be unbounded for n ≤ 5)
 * @param medianRanks      its ranks and exact coverage
 * @param bootstrapInterval percentile-bootstrap interval of the median, null for n = 1
 * @param bootstrapResamples resamples used
 * @param seed             random seed used
 * @param method           how it was computed, in words
 */
public record AcrossRunsSummary(
        String metric,
        String unit,
        List<LatencyOrigin> origins,
        List<Double> perRunValues,
        int n,
        double median,
        Interval medianInterval,
        OrderStatisticRanks medianRanks,
        Interval bootstrapInterval,
        int bootstrapResamples,
        long seed,
        Sentence method) {

    public AcrossRunsSummary {
        origins = List.copyOf(origins);
        perRunValues = List.copyOf(perRunValues);
    }
}
