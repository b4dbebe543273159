package dev.benchboard.evidence;

/** A latency percentile as a tool reported it (percentile in 0..100, value in milliseconds). */
public record Percentile(double percentile, double valueMs, LatencyOrigin origin) {
}
