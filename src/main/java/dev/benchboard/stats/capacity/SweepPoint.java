package dev.benchboard.stats.capacity;

/**
 * One step of a load sweep against one instance.
 *
 * @param concurrency   N: concurrent clients / connections
 * @param throughput    X: requests per second achieved
 * @param p99Ms         P99 latency at this step, null when unknown
 * @param meanLatencyMs mean latency at this step, null when unknown (Little's law then uses N/X)
 * @param runs          runs behind the figures (≥ 1): the weight of this step's P99 in the monotone fit
 */
public record SweepPoint(double concurrency, double throughput, Double p99Ms, Double meanLatencyMs, int runs) {

    public SweepPoint {
        if (runs < 1) throw new IllegalArgumentException("a sweep point needs at least one run, got " + runs);
    }

    public SweepPoint(double concurrency, double throughput, Double p99Ms, Double meanLatencyMs) {
        this(concurrency, throughput, p99Ms, meanLatencyMs, 1);
    }

    public SweepPoint(double concurrency, double throughput, Double p99Ms) {
        this(concurrency, throughput, p99Ms, null, 1);
    }
}
