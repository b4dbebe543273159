package dev.benchboard.stats.capacity;

/**
 * What the plan must achieve (from the evaluation's requirements).
 *
 * @param targetQps           peak load of the whole fleet, req/s; null = not set
 * @param p99SloMs            P99 latency objective, ms; null = not set
 * @param headroomPercent     capacity kept free at the target load, percent (e.g. 30)
 * @param redundancy          k of N + k: instances that may be lost at peak
 * @param coresPerInstance    cores per instance (servers of the Erlang C cross-check); null = skip it
 * @param costPerInstanceHour price of one instance-hour; null = no cost shown
 */
public record CapacityInputs(Double targetQps, Double p99SloMs, double headroomPercent, int redundancy,
                             Integer coresPerInstance, Double costPerInstanceHour) {

    public CapacityInputs {
        if (!(headroomPercent >= 0)) throw new IllegalArgumentException("headroom must be ≥ 0 %");
        if (redundancy < 0) throw new IllegalArgumentException("redundancy must be ≥ 0");
        if (targetQps != null && !(targetQps > 0)) throw new IllegalArgumentException("target QPS must be > 0");
        if (coresPerInstance != null && coresPerInstance < 1) throw new IllegalArgumentException("cores must be ≥ 1");
    }
}
