package dev.benchboard.ingest.format.structured;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.FastDecimal;
import dev.benchboard.ingest.format.fields.ReportedLatency;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.RunDataBuilder;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * k6 end-of-test summary JSON, both shapes k6 writes (shapes from k6's js/summary-wrapper.js and its
 * tests):
 * <ul>
 *   <li><b>legacy {@code --summary-export}</b>: {@code metrics.<name>} holds the values directly
 *       ({@code avg, min, med, max, p(90), p(95)}, {@code count, rate}; rate metrics write
 *       {@code value} instead of {@code rate}); {@code thresholds} map each expression to a boolean
 *       that is <em>true when the threshold failed</em> (k6 writes {@code !ok}, issue grafana/k6#1498);</li>
 *   <li><b>{@code handleSummary} data</b>: {@code metrics.<name>.values} holds the values,
 *       {@code metrics.<name>.thresholds.<expr>.ok} is true when it passed, and
 *       {@code state.testRunDurationMs} gives the run's length.</li>
 * </ul>
 * Each threshold is read by the shape of its own value, so a file mixing both cannot be misread.
 *
 * <p>{@code http_req_failed} is a rate metric over "request failed": its {@code passes} are the
 * <em>failed</em> requests and {@code fails} the good ones. Latencies are milliseconds in both shapes
 * (summaryTimeUnit only changes the text summary). All figures are {@code REPORTED}; k6's default
 * trend stats have no p99, and none is invented. k6 does not write which executor ran into the
 * summary, so the run is treated as closed-loop unless the file states arrival-rate executors
 * (some handleSummary scripts add {@code options.scenarios}).
 */
public final class K6SummaryImporter implements Importer {

    public static final String FORMAT = "k6-summary";
    private static final Set<String> OPEN_LOOP_EXECUTORS = Set.of("constant-arrival-rate", "ramping-arrival-rate");

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "k6 summary JSON (--summary-export / handleSummary)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        JsonHead json = JsonHead.of(head);
        if (!json.isObject() || !json.has("metrics")) return 0;
        boolean k6Metric = json.has("metrics.http_req_duration") || json.has("metrics.http_reqs")
                || json.has("metrics.iterations") || json.has("metrics.vus") || json.has("metrics.data_received");
        if (!k6Metric) return 0;
        return json.has("root_group") || json.has("state.testRunDurationMs") || json.has("options.summaryTrendStats") ? 95 : 75;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        Json.Value document = Json.readDocument(source, FORMAT);
        if (!(document instanceof Json.Obj doc) || doc.object("metrics") == null) {
            throw new ImportException(FORMAT, document.line(), document.column(), null,
                    Sentence.of("ingest.structured.k6-summary.expected.shape"), JsonFields.text(document) == null
                            ? Sentence.verbatim("null") : Sentence.of("ingest.structured.found.another-shape"));
        }
        Json.Obj metrics = doc.object("metrics");
        Json.Obj duration = values(metrics, "http_req_duration");
        if (duration == null) {
            throw new ImportException(FORMAT, metrics.line(), metrics.column(), "metrics.http_req_duration",
                    Sentence.of("ingest.structured.k6-summary.expected.duration-trend"),
                    Sentence.of("ingest.structured.k6-summary.found.no-such-metric"));
        }
        boolean handleSummary = metrics.object("http_req_duration").has("values");
        RunDataBuilder run = RunData.builder().latencyOrigin(LatencyOrigin.REPORTED);
        run.setting("k6_summary_shape", handleSummary ? "handleSummary data" : "legacy --summary-export");
        readLatencies(duration, path("http_req_duration", handleSummary), run, context);
        HttpReqs reqs = readRequests(metrics, handleSummary, run, context);
        readErrors(metrics, handleSummary, reqs.count(), run, context);
        readDuration(doc, reqs, run, context);
        readLoad(metrics, handleSummary, run, context);
        readThresholds(metrics, run, context);
        run.coordinatedOmission(closedLoop(doc, run, context));
        context.accept(FORMAT, doc.line());
        return ImportResult.ofRuns(List.of(ReportedLatency.agreeing(run.build(), duration.line(), context)));
    }

    /** The values object of a metric in either shape, or null. */
    private static Json.Obj values(Json.Obj metrics, String name) {
        Json.Obj metric = metrics.object(name);
        if (metric == null) return null;
        Json.Obj values = metric.object("values");
        return values != null ? values : metric;
    }

    private static String path(String metric, boolean handleSummary) {
        return "metrics." + metric + (handleSummary ? ".values." : ".");
    }

    private static void readLatencies(Json.Obj d, String path, RunDataBuilder run, ImportContext context) {
        run.meanMs(JsonFields.latencyMs(d, "avg", path + "avg", 1, context));
        run.minMs(JsonFields.latencyMs(d, "min", path + "min", 1, context));
        run.maxMs(JsonFields.latencyMs(d, "max", path + "max", 1, context));
        boolean p99 = false;
        Set<Double> seen = new HashSet<>();
        for (String key : d.fields().keySet()) {
            Double percentile = key.equals("med") ? Double.valueOf(50) : percentileOf(key);
            if (percentile == null || !seen.add(percentile)) continue;   // med and p(50) are the same figure
            Double ms = JsonFields.latencyMs(d, key, path + key, 1, context);
            if (ms == null) continue;
            run.percentile(percentile, ms, LatencyOrigin.REPORTED);
            p99 |= percentile == 99.0;
        }
        if (!p99) {
            context.warn(Sentence.of("ingest.structured.k6-summary.warning.no-p99"));
        }
    }

    /** {@code p(99.9)} → 99.9; null for other keys. */
    static Double percentileOf(String key) {
        if (!key.startsWith("p(") || !key.endsWith(")")) return null;
        double p = FastDecimal.parse(key, 2, key.length() - 1);
        return p >= 0 && p <= 100 ? p : null;
    }

    private record HttpReqs(Long count, Double rate) { }

    private static HttpReqs readRequests(Json.Obj metrics, boolean hs, RunDataBuilder run, ImportContext context) {
        Json.Obj reqs = values(metrics, "http_reqs");
        Long count = JsonFields.count(reqs, "count", path("http_reqs", hs) + "count", context);
        Double rate = JsonFields.nonNegative(reqs, "rate", path("http_reqs", hs) + "rate", context);
        run.requests(count).throughputRps(rate);
        if (count == null) context.warn(Sentence.of("ingest.structured.k6-summary.warning.no-http-reqs"));
        return new HttpReqs(count, rate);
    }

    /** http_req_failed: passes = requests that failed (a true sample), fails = requests that did not. */
    private static void readErrors(Json.Obj metrics, boolean hs, Long requests, RunDataBuilder run, ImportContext context) {
        Json.Obj failed = values(metrics, "http_req_failed");
        if (failed == null) {
            context.warn(Sentence.of("ingest.structured.k6-summary.warning.no-http-req-failed"));
            return;
        }
        String path = path("http_req_failed", hs);
        Long failedRequests = JsonFields.count(failed, "passes", path + "passes", context);
        Long goodRequests = JsonFields.count(failed, "fails", path + "fails", context);
        if (failedRequests != null) {
            run.errors(failedRequests);
            if (goodRequests != null && requests != null && failedRequests + goodRequests != requests) {
                context.warn(Sentence.of("ingest.structured.k6-summary.warning.failed-count-mismatch",
                        String.valueOf(failedRequests + goodRequests), String.valueOf(requests)));
            }
            return;
        }
        String rateKey = failed.has("rate") ? "rate" : "value";   // legacy export renames rate to value
        Double rate = JsonFields.nonNegative(failed, rateKey, path + rateKey, context);
        if (rate != null && requests != null) {
            run.errors(Math.round(rate * requests));
            context.warn(Sentence.of("ingest.structured.k6-summary.warning.errors-from-rate", rateKey));
        }
    }

    private static void readDuration(Json.Obj doc, HttpReqs reqs, RunDataBuilder run, ImportContext context) {
        Double ms = JsonFields.nonNegative(doc.object("state"), "testRunDurationMs", "state.testRunDurationMs", context);
        if (ms != null && ms > 0) {
            run.durationSeconds(ms / 1000.0);
        } else if (reqs.count() != null && reqs.rate() != null && reqs.rate() > 0) {
            // k6 computes every rate as count / test run duration, so the counter gives the duration back
            run.durationSeconds(reqs.count() / reqs.rate());
            run.setting("duration_source", "http_reqs count / rate (the summary has no state.testRunDurationMs)");
        }
    }

    private static void readLoad(Json.Obj metrics, boolean hs, RunDataBuilder run, ImportContext context) {
        Json.Obj vus = values(metrics, "vus");
        Json.Obj vusMax = values(metrics, "vus_max");
        // concurrency: the peak of active VUs, else the VUs k6 allocated
        Double peak = JsonFields.nonNegative(vus, "max", path("vus", hs) + "max", context);
        Double allocated = JsonFields.nonNegative(vusMax, "max", path("vus_max", hs) + "max", context);
        if (allocated == null) allocated = JsonFields.nonNegative(vusMax, "value", path("vus_max", hs) + "value", context);
        run.concurrency(peak != null ? peak : allocated);
        if (allocated != null) run.metric("vus_max", allocated);
        Json.Obj iterations = values(metrics, "iterations");
        Long count = JsonFields.count(iterations, "count", path("iterations", hs) + "count", context);
        if (count != null) run.metric("iterations", count);
        Json.Obj checks = values(metrics, "checks");
        // for checks a true sample is a passed check: passes are passed checks
        Long passed = JsonFields.count(checks, "passes", path("checks", hs) + "passes", context);
        Long failed = JsonFields.count(checks, "fails", path("checks", hs) + "fails", context);
        if (passed != null) run.metric("checks_passed", passed);
        if (failed != null) run.metric("checks_failed", failed);
        Long received = JsonFields.count(values(metrics, "data_received"), "count", path("data_received", hs) + "count", context);
        Long sent = JsonFields.count(values(metrics, "data_sent"), "count", path("data_sent", hs) + "count", context);
        if (received != null) run.metric("data_received_bytes", received);
        if (sent != null) run.metric("data_sent_bytes", sent);
    }

    /**
     * Thresholds as settings {@code threshold <metric> <expression>} = passed|failed. A boolean is the
     * legacy export's inverted flag (true = failed); an object is handleSummary's {@code {ok}}.
     */
    private static void readThresholds(Json.Obj metrics, RunDataBuilder run, ImportContext context) {
        List<String> failedThresholds = new ArrayList<>();
        for (Map.Entry<String, Json.Value> metric : metrics.fields().entrySet()) {
            if (!(metric.getValue() instanceof Json.Obj m)) continue;
            Json.Obj thresholds = m.object("thresholds");   // both shapes keep them at the metric's level
            if (thresholds == null) continue;
            for (Map.Entry<String, Json.Value> t : thresholds.fields().entrySet()) {
                Boolean passed = switch (t.getValue()) {
                    case Json.Bool legacyFailed -> !legacyFailed.value();
                    case Json.Obj result when result.get("ok") instanceof Json.Bool ok -> ok.value();
                    default -> null;
                };
                if (passed == null) continue;
                String name = metric.getKey() + " " + t.getKey();
                run.setting("threshold " + name, passed ? "passed" : "failed");
                if (!passed) failedThresholds.add(name);
            }
        }
        if (!failedThresholds.isEmpty()) {
            context.warn(Sentence.of("ingest.structured.k6-summary.warning.thresholds-failed", String.join("; ", failedThresholds)));
        }
    }

    /** True (closed-loop) unless the file names only arrival-rate executors. */
    private static boolean closedLoop(Json.Obj doc, RunDataBuilder run, ImportContext context) {
        Json.Obj options = doc.object("options");
        Json.Obj scenarios = options != null && options.object("scenarios") != null ? options.object("scenarios") : doc.object("scenarios");
        List<String> executors = new ArrayList<>();
        if (scenarios != null) {
            for (Json.Value s : scenarios.fields().values()) {
                if (s instanceof Json.Obj scenario && scenario.string("executor") != null) executors.add(scenario.string("executor"));
            }
        }
        if (!executors.isEmpty()) run.setting("executor", String.join(",", executors));
        if (!executors.isEmpty() && OPEN_LOOP_EXECUTORS.containsAll(executors)) return false;
        context.warn(executors.isEmpty() ? Sentence.of("ingest.structured.k6-summary.warning.executor-unknown")
                : Sentence.of("ingest.structured.k6-summary.warning.executor-closed", String.join(",", executors)));
        return true;
    }
}
