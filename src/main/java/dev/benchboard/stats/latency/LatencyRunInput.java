package dev.benchboard.stats.latency;

import java.util.List;
import org.HdrHistogram.AbstractHistogram;

/**
 * One load-test run as the statistics need it.
 *
 * @param runId            how the UI names the run
 * @param histogramMicros  per-request latencies in µs (1 µs … 1 h, 3 significant digits), or null
 *                         when the tool only printed a summary; not copied, do not modify it afterwards
 * @param reported         the tool's printed percentiles (used when there is no histogram)
 * @param requests         completed requests
 * @param errors           non-2xx/3xx responses plus socket errors
 * @param durationSeconds  measured duration
 * @param closedLoop       true for closed-loop generators (wrk, hey, JMeter): their latencies
 *                         suffer from coordinated omission
 */
public record LatencyRunInput(
        String runId,
        AbstractHistogram histogramMicros,
        List<ReportedPercentile> reported,
        long requests,
        long errors,
        double durationSeconds,
        boolean closedLoop) {

    public LatencyRunInput {
        reported = reported == null ? List.of() : List.copyOf(reported);
    }

    public static LatencyRunInput ofHistogram(String runId, AbstractHistogram histogramMicros, long requests, long errors,
                                              double durationSeconds, boolean closedLoop) {
        return new LatencyRunInput(runId, histogramMicros, List.of(), requests, errors, durationSeconds, closedLoop);
    }

    public static LatencyRunInput ofReported(String runId, List<ReportedPercentile> reported, long requests, long errors,
                                             double durationSeconds, boolean closedLoop) {
        return new LatencyRunInput(runId, null, reported, requests, errors, durationSeconds, closedLoop);
    }
}
