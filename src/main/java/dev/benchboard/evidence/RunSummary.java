package dev.benchboard.evidence;

/** A stored run as listed with its upload. Latencies in ms. */
public record RunSummary(
        Long id,
        int ordinal,
        String label,
        Long requests,
        Long errors,
        Double durationSeconds,
        Double throughputRps,
        Double concurrency,
        Double p50Ms,
        Double p99Ms,
        Double maxMs,
        LatencyOrigin latencyOrigin,
        boolean coordinatedOmission,
        boolean rawDistribution) {
}
