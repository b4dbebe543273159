package dev.benchboard.stats.latency;

import dev.benchboard.format.Sentence;

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
                            Sentence source) {

    public static final Sentence PRINTED = Sentence.of("latency.throughput.printed");
    public static final Sentence RECOMPUTED = Sentence.of("latency.throughput.recomputed");
}
