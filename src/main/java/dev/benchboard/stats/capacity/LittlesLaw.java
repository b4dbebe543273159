package dev.benchboard.stats.capacity;

/**
 * Implied concurrency L = λ·W (Little's law) at the target load. W is the mean latency (the law holds
 * for the mean, not for percentiles) at the per-instance operating load, interpolated linearly in
 * throughput along the rising part of the sweep.
 *
 * @param meanLatencyMs         W
 * @param latencySource         "measured mean" or "N/X of the sweep points" (closed-loop test without think time)
 * @param perInstanceConcurrency requests in flight per instance: load per instance × W
 * @param fleetConcurrency      requests in flight in the fleet: target × W
 */
public record LittlesLaw(double meanLatencyMs, String latencySource, double perInstanceConcurrency,
                         double fleetConcurrency, String method) {

    static final String METHOD = "L = λ·W with W = mean latency at the per-instance load, interpolated linearly in"
            + " throughput between the sweep points on the rising part of the sweep (up to its highest throughput)";
}
