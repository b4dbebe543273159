package dev.benchboard.stats.latency;

/**
 * Throughput of one run: completed requests over the measured duration.
 *
 * @param requests          requests completed in the run (errors included: they were served)
 * @param durationSeconds   measured duration
 * @param requestsPerSecond requests / duration
 */
public record RunThroughput(long requests, double durationSeconds, double requestsPerSecond) {
}
