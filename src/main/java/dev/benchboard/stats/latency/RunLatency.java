package dev.benchboard.stats.latency;

import dev.benchboard.format.Sentence;
import java.util.List;

/**
 * What one run shows: its percentiles (ms, each with origin and, from a histogram, an interval),
 * throughput, error rate and warnings.
 *
 * @param runId       the run
 * @param samples     per-request samples behind the percentiles (0 for reported figures)
 * @param percentiles the standard percentiles from a histogram, or every reported one
 * @param throughput  requests / duration, null when the duration is unknown
 * @param errorRate   errors with their interval (Wilson, or over time blocks when errors cluster), null without requests
 * @param coordinatedOmission how the run's tool stands to coordinated omission, in words
 * @param warnings    e.g. the coordinated-omission warning of closed-loop tools
 */
public record RunLatency(
        String runId,
        long samples,
        List<PercentileEstimate> percentiles,
        RunThroughput throughput,
        ErrorRateEstimate errorRate,
        Sentence coordinatedOmission,
        List<Sentence> warnings) {

    public RunLatency {
        percentiles = List.copyOf(percentiles);
        warnings = List.copyOf(warnings);
    }
}
