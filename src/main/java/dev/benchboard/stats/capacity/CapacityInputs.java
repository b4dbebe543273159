package dev.benchboard.stats.capacity;

/**
 * What the plan must achieve (from the evaluation's requirements), and the size the sweep was measured on.
 *
 * @param targetQps           peak load of the whole fleet, req/s; null = not set
 * @param p99SloMs            P99 latency objective, ms; null = not set
 * @param headroomPercent     capacity kept free at the target load, percent (e.g. 30)
 * @param redundancy          k of N + k: instances that may be lost at peak
 * @param coresPerInstance    cores of the planned instances: the servers c of the Erlang C cross-check, and
 *                            compared with {@code sweepCores}; it never scales the measured capacity. null = skip
 * @param costPerInstanceHour price of one instance-hour; null = no cost shown
 * @param sweepCores          cores the sweep's server ran on (e.g. its GOMAXPROCS); null = not known
 */
public record CapacityInputs(Double targetQps, Double p99SloMs, double headroomPercent, int redundancy,
                             Integer coresPerInstance, Double costPerInstanceHour, Integer sweepCores) {

    public CapacityInputs {
        if (!(headroomPercent >= 0)) throw new IllegalArgumentException("headroom must be ≥ 0 %");
        if (redundancy < 0) throw new IllegalArgumentException("redundancy must be ≥ 0");
        if (targetQps != null && !(targetQps > 0)) throw new IllegalArgumentException("target QPS must be > 0");
        if (coresPerInstance != null && coresPerInstance < 1) throw new IllegalArgumentException("cores must be ≥ 1");
        if (sweepCores != null && sweepCores < 1) throw new IllegalArgumentException("sweep cores must be ≥ 1");
    }

    public CapacityInputs(Double targetQps, Double p99SloMs, double headroomPercent, int redundancy,
                          Integer coresPerInstance, Double costPerInstanceHour) {
        this(targetQps, p99SloMs, headroomPercent, redundancy, coresPerInstance, costPerInstanceHour, null);
    }
}
