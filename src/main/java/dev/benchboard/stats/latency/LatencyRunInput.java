package dev.benchboard.stats.latency;

import dev.benchboard.format.Sentence;
import java.util.List;
import org.HdrHistogram.AbstractHistogram;

/**
 * One load-test run as the statistics need it.
 *
 * @param runId               how the UI names the run
 * @param histogramMicros     per-request latencies in µs (1 µs … 1 h, 3 significant digits), or null
 *                            when the tool only printed a summary; not copied, do not modify it afterwards
 * @param reported            the tool's printed percentiles (used when there is no histogram)
 * @param requests            completed requests
 * @param errors              non-2xx/3xx responses plus socket errors
 * @param durationSeconds     measured duration
 * @param tool                the load generator, as the report names it ("wrk", "hey", "k6 (closed-loop executor)" …)
 * @param coordinatedOmission how the tool stands to coordinated omission
 * @param printedRps          the throughput the tool printed (wrk's and hey's Requests/sec), or null
 * @param seconds             requests and errors per second of the run (empty when the tool gives no timestamps)
 */
public record LatencyRunInput(
        String runId,
        AbstractHistogram histogramMicros,
        List<ReportedPercentile> reported,
        long requests,
        long errors,
        double durationSeconds,
        Sentence tool,
        CoordinatedOmission coordinatedOmission,
        Double printedRps,
        List<ErrorCount> seconds) {

    public LatencyRunInput {
        reported = reported == null ? List.of() : List.copyOf(reported);
        seconds = seconds == null ? List.of() : List.copyOf(seconds);
    }

    /** A run with raw samples from an unnamed tool: closed-loop without correction, or open-loop. */
    public static LatencyRunInput ofHistogram(String runId, AbstractHistogram histogramMicros, long requests, long errors,
                                              double durationSeconds, boolean closedLoop) {
        return new LatencyRunInput(runId, histogramMicros, List.of(), requests, errors, durationSeconds,
                UNNAMED_TOOL, closedLoop ? CoordinatedOmission.NOT_CORRECTED : CoordinatedOmission.OPEN_LOOP, null, List.of());
    }

    /** A run with printed percentiles only from an unnamed tool: closed-loop without correction, or open-loop. */
    public static LatencyRunInput ofReported(String runId, List<ReportedPercentile> reported, long requests, long errors,
                                             double durationSeconds, boolean closedLoop) {
        return new LatencyRunInput(runId, null, reported, requests, errors, durationSeconds,
                UNNAMED_TOOL, closedLoop ? CoordinatedOmission.NOT_CORRECTED : CoordinatedOmission.OPEN_LOOP, null, List.of());
    }

    /** A load generator that the data does not name. */
    public static final Sentence UNNAMED_TOOL = Sentence.of("latency.tool.unnamed");

    /** A tool by its own name ("wrk", "hey"): the same in every language. */
    public static Sentence toolNamed(String name) {
        return Sentence.of("latency.tool.named", name);
    }

    public LatencyRunInput withTool(String name, CoordinatedOmission omission) {
        return withTool(toolNamed(name), omission);
    }

    public LatencyRunInput withTool(Sentence name, CoordinatedOmission omission) {
        return new LatencyRunInput(runId, histogramMicros, reported, requests, errors, durationSeconds, name, omission,
                printedRps, seconds);
    }

    public LatencyRunInput withPrintedRps(Double rps) {
        return new LatencyRunInput(runId, histogramMicros, reported, requests, errors, durationSeconds, tool,
                coordinatedOmission, rps, seconds);
    }

    public LatencyRunInput withSeconds(List<ErrorCount> perSecond) {
        return new LatencyRunInput(runId, histogramMicros, reported, requests, errors, durationSeconds, tool,
                coordinatedOmission, printedRps, perSecond);
    }

    /** Closed-loop (with or without the tool's own correction). */
    public boolean closedLoop() {
        return coordinatedOmission != CoordinatedOmission.OPEN_LOOP;
    }
}
