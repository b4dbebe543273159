package dev.benchboard.stats.capacity;

/**
 * One step of a load sweep against one instance.
 *
 * @param concurrency   N: concurrent clients / connections
 * @param throughput    X: requests per second achieved
 * @param p99Ms         P99 latency at this step, null when unknown
 * @param meanLatencyMs mean latency at this step, null when unknown (Little's law then uses N/X)
 */
public record SweepPoint(double concurrency, double throughput, Double p99Ms, Double meanLatencyMs) {

    public SweepPoint(double concurrency, double throughput, Double p99Ms) {
        this(concurrency, throughput, p99Ms, null);
    }
}
