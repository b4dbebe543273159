package dev.benchboard.stats.latency;

import dev.benchboard.stats.common.Interval;
import dev.benchboard.format.Sentence;
import java.util.List;

/**
 * Throughput over repeated runs.
 *
 * @param unit              "req/s"
 * @param n                 runs
 * @param perRunValues      requests per second of each run
 * @param mean              arithmetic mean of the per-run values
 * @param standardDeviation sample standard deviation (n − 1), NaN for one run
 * @param median            median of the per-run values
 * @param meanInterval      Student-t interval of the mean, mean ± t(1 − α/2; n − 1)·s/√n; null for one run
 * @param method            in words
 */
public record ThroughputSummary(
        String unit,
        int n,
        List<Double> perRunValues,
        double mean,
        double standardDeviation,
        double median,
        Interval meanInterval,
        Sentence method) {

    public ThroughputSummary {
        perRunValues = List.copyOf(perRunValues);
    }
}
