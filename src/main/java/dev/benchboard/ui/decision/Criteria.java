package dev.benchboard.ui.decision;

import java.util.List;
import java.util.Map;

/**
 * The six weighted-score criteria as the decision view names them, with what a team must upload to give
 * a candidate evidence for each (the keys are those of {@code Weights.asMap()} and {@code Contribution.criterion()}).
 */
final class Criteria {

    static final List<String> KEYS = List.of("throughput", "p99", "memory", "gcPause", "availability", "ecosystem");

    private static final Map<String, String> LABELS = Map.of(
            "throughput", "Throughput",
            "p99", "P99 latency",
            "memory", "Memory (RSS)",
            "gcPause", "GC pause P99",
            "availability", "Availability",
            "ecosystem", "Ecosystem");

    private static final Map<String, String> UPLOADS = Map.of(
            "throughput", "a load-test run (wrk, wrk2, hey, k6, JMeter, vegeta, HdrHistogram percentiles, generic CSV/JSON)",
            "p99", "a load-test run with latency percentiles (wrk --latency, hey, k6, …)",
            "memory", "a run with resident memory: the rss_mb column of Benchboard's generic CSV/JSON",
            "gcPause", "a Go GC trace (the stderr of GODEBUG=gctrace=1)",
            "availability", "chaos results (event log, probe log, outage table or LitmusChaos results)",
            "ecosystem", "nothing to upload: set the candidate's framework profile (gin, echo, fiber, chi, nethttp, fasthttp) on the evaluation page");

    private Criteria() {
    }

    static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }

    /** What gives a candidate evidence for this criterion. */
    static String whatToUpload(String key) {
        return UPLOADS.getOrDefault(key, "evidence for " + key);
    }
}
