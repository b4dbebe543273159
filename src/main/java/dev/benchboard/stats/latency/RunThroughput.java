package dev.benchboard.stats.latency;

/**
 * Throughput of one run.
 *
 * @param requests          requests completed in the run (errors included: they were served)
 * @param durationSeconds   measured duration as the tool printed it (wrk: to 10 ms)
 * @param requestsPerSecond the tool's own printed figure where it prints one (wrk, hey), else requests / duration
 * @param recomputedRps     requests / duration, kept as a cross-check of the printed figure
 * @param source            "printed by the tool" or "requests / duration"
 */
public record RunThroughput(long requests, double durationSeconds, double requestsPerSecond, double recomputedRps,
                            String source) {

    public static final String PRINTED = "printed by the tool";
    public static final String RECOMPUTED = "requests / duration";
}
