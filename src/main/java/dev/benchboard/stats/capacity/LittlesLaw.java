package dev.benchboard.stats.capacity;

import dev.benchboard.format.Sentence;

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
public record LittlesLaw(double meanLatencyMs, Sentence latencySource, double perInstanceConcurrency,
                         double fleetConcurrency, Sentence method) {

    static final Sentence METHOD = Sentence.of("capacity.method.littles");
    static final Sentence MEASURED_MEAN = Sentence.of("capacity.littles.source.measured");
    static final Sentence N_OVER_X = Sentence.of("capacity.littles.source.n-over-x");
}
