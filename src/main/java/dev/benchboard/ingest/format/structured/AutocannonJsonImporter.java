package dev.benchboard.ingest.format.structured;

import dev.benchboard.ingest.format.fields.ReportedLatency;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.RunDataBuilder;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code autocannon --json} (autocannon 9): one JSON object per run, on one line; several runs appended
 * to one file are several runs, and lines between them (a shell's echo, a CI log) are skipped and counted.
 * A run pretty-printed over several lines ({@code jq .}) is read too.
 *
 * <p>Figures. autocannon counts a response of any status in {@code requests.total}, a request that got
 * no response (socket error or timeout; timeouts are counted in {@code errors} as well) in
 * {@code errors}. So requests = requests.total + errors, and errors = 4xx + 5xx responses + errors
 * (Benchboard's rule: non-2xx/3xx responses plus failures). Throughput = {@code requests.average}, the
 * mean of the per-second counts that autocannon prints as "Req/Sec Avg"; requests.total / duration is kept
 * as {@code throughput_recomputed_rps}. Latency: {@code latency.mean}, {@code stddev}, {@code max} and
 * the percentiles {@code p0_001 … p99_999} (keys read as 0.001 … 99.999), from autocannon's
 * HdrHistogram of whole milliseconds (origin {@code REPORTED}). {@code latency.min} is the smallest
 * <em>non-zero</em> value of that histogram (hdr-histogram-js' minNonZeroValue), so it can exceed P50
 * when most requests took under 1 ms: it is kept as the metric {@code latency_min_nonzero_ms}, not as
 * the minimum. Concurrency = {@code connections}. Without {@code -R} autocannon is closed-loop and does
 * not correct coordinated omission; with a rate it does, but the JSON does not say a rate was set.
 */
public final class AutocannonJsonImporter implements Importer {

    public static final String FORMAT = "autocannon";
    /** A pretty-printed run longer than this is not an autocannon result (one is ~1.3 KB). */
    private static final int MAX_RUN_CHARS = 1 << 20;
    /** The shape of a result, for "expected …" (JSON, the same in every language). */
    private static final String SHAPE = "{\"url\":…,\"latency\":{…},\"requests\":{…}}";
    private static final Pattern PERCENTILE_KEY = Pattern.compile("p(\\d+)(?:_(\\d+))?");

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "autocannon (--json)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        JsonHead json = JsonHead.of(head);
        if (!json.isObject() || !json.has("latency") || !json.has("requests") || !json.has("throughput")) return 0;
        boolean histogramKeys = json.has("latency.p97_5") || json.has("requests.sent") || json.has("latency.totalCount");
        boolean options = json.has("connections") && (json.has("pipelining") || json.has("sampleInt"));
        return histogramKeys && options ? 95 : histogramKeys || options ? 60 : 0;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        var lines = source.lines(FORMAT);
        List<RunData> runs = new ArrayList<>();
        StringBuilder record = null;
        JsonDepth depth = new JsonDepth();
        long start = 0;
        for (String line; (line = lines.next()) != null; ) {
            long n = lines.lineNumber();
            if (record == null) {
                if (!line.stripLeading().startsWith("{")) {
                    if (!line.isBlank()) context.skip(FORMAT, n);
                    continue;
                }
                record = new StringBuilder();
                depth = new JsonDepth();
                start = n;
            }
            record.append(line).append('\n');
            if (record.length() > MAX_RUN_CHARS) {
                throw ImportException.at(FORMAT, start, Sentence.of("ingest.structured.autocannon.expected.size"),
                        Sentence.of("ingest.structured.autocannon.found.longer"));
            }
            if (depth.closes(line)) {
                RunData run = run(record.toString(), start, context);
                if (run != null) runs.add(run);
                record = null;
            }
        }
        if (record != null) {
            context.warn(Sentence.of("ingest.structured.autocannon.warning.cut-off", String.valueOf(start)));
        }
        if (runs.isEmpty() && context.rejected() == 0) {
            throw ImportException.at(FORMAT, Math.max(1, start), Sentence.of("ingest.structured.autocannon.expected.result", SHAPE),
                    record != null ? Sentence.of("ingest.structured.autocannon.found.cut-off") : Structured.NONE);
        }
        return ImportResult.ofRuns(runs);
    }

    /** One result; null (with a problem) when it is not JSON or not an autocannon result. */
    private static RunData run(String text, long line, ImportContext context) throws ImportException {
        Json.Obj doc;
        try {
            Json.Value value = Json.readLine(text, line, FORMAT);
            if (!(value instanceof Json.Obj o) || o.object("latency") == null || o.object("requests") == null) {
                context.reject(new Problem(line, null, null, Sentence.of("ingest.structured.autocannon.expected.objects"),
                        Sentence.of("ingest.structured.autocannon.found.another-value")));
                return null;
            }
            doc = o;
        } catch (ImportException e) {
            context.reject(new Problem(e.line(), e.column(), e.field(), e.expected(), e.found()));
            return null;
        }
        Json.Obj requests = doc.object("requests");
        Json.Obj latency = doc.object("latency");
        Long responses = JsonFields.count(requests, "total", "requests.total", context);
        Long failures = JsonFields.count(doc, "errors", "errors", context);
        if (responses == null) {
            context.reject(new Problem(requests.line(), requests.column(), "requests.total",
                    Sentence.of("ingest.structured.expected.request-count"), Structured.NONE));
            return null;
        }
        long noResponse = failures == null ? 0 : failures;
        long errorResponses = orZero(JsonFields.count(doc, "4xx", "4xx", context))
                + orZero(JsonFields.count(doc, "5xx", "5xx", context));
        Long connections = JsonFields.count(doc, "connections", "connections", context);
        Double duration = JsonFields.nonNegative(doc, "duration", "duration", context);
        RunDataBuilder b = RunData.builder().label(doc.string("title"))
                .requests(responses + noResponse).errors(errorResponses + noResponse)
                .durationSeconds(duration)
                .throughputRps(JsonFields.nonNegative(requests, "average", "requests.average", context))
                .concurrency(connections == null ? null : connections.doubleValue())
                .latencyOrigin(LatencyOrigin.REPORTED).coordinatedOmission(true)
                .meanMs(JsonFields.latencyMs(latency, "mean", "latency.mean", 1, context))
                .stdevMs(JsonFields.latencyMs(latency, "stddev", "latency.stddev", 1, context))
                .maxMs(JsonFields.latencyMs(latency, "max", "latency.max", 1, context))
                .setting("url", doc.string("url")).setting("start", doc.string("start"))
                .setting("finish", doc.string("finish"))
                .setting("latency_resolution", "1 ms (autocannon's histogram holds whole milliseconds)");
        for (String key : List.of("pipelining", "workers", "sampleInt")) {
            Json.Num v = doc.number(key);
            if (v != null) b.setting(key, v.text());
        }
        percentiles(latency, b, context);
        statusCodes(doc.object("statusCodeStats"), b, context);
        if (duration != null && duration > 0) b.metric("throughput_recomputed_rps", responses / duration);
        metric(b, "latency_min_nonzero_ms", JsonFields.latencyMs(latency, "min", "latency.min", 1, context));
        metric(b, "requests_sent", JsonFields.count(requests, "sent", "requests.sent", context));
        metric(b, "requests_per_second_stddev", JsonFields.nonNegative(requests, "stddev", "requests.stddev", context));
        metric(b, "bytes_read", JsonFields.count(doc.object("throughput"), "total", "throughput.total", context));
        metric(b, "bytes_per_second_mean", JsonFields.nonNegative(doc.object("throughput"), "average", "throughput.average", context));
        metric(b, "socket_errors", failures);
        for (String key : List.of("timeouts", "mismatches", "resets", "non2xx")) {
            metric(b, key, JsonFields.count(doc, key, key, context));
        }
        context.accept(FORMAT, line);
        return ReportedLatency.agreeing(b.build(), line, context);
    }

    private static void percentiles(Json.Obj latency, RunDataBuilder b, ImportContext context) {
        for (Map.Entry<String, Json.Value> e : latency.fields().entrySet()) {
            Matcher m = PERCENTILE_KEY.matcher(e.getKey());
            if (!m.matches()) continue;
            double p = Double.parseDouble(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)));
            if (p <= 0 || p > 100) continue;
            Double ms = JsonFields.latencyMs(latency, e.getKey(), "latency." + e.getKey(), 1, context);
            if (ms != null) b.percentile(p, ms, LatencyOrigin.REPORTED);
        }
    }

    private static void statusCodes(Json.Obj stats, RunDataBuilder b, ImportContext context) {
        if (stats == null) return;
        for (Map.Entry<String, Json.Value> e : stats.fields().entrySet()) {
            String code = e.getKey();
            Long count = e.getValue() instanceof Json.Obj o ? JsonFields.count(o, "count", "statusCodeStats." + code, context) : null;
            if (count == null) continue;
            if (!code.matches("[1-5]\\d\\d")) {
                context.reject(new Problem(e.getValue().line(), e.getValue().column(), "statusCodeStats",
                        Sentence.of("ingest.structured.autocannon.expected.status"), code));
                continue;
            }
            b.statusCode(Integer.parseInt(code), count);
        }
    }

    private static long orZero(Long v) {
        return v == null ? 0 : v;
    }

    private static void metric(RunDataBuilder b, String name, Number value) {
        if (value != null) b.metric(name, value.doubleValue());
    }

    /** Brace depth across the lines of one JSON value, strings (and escapes in them) skipped. */
    private static final class JsonDepth {
        private int depth;
        private boolean inString;
        private boolean escaped;

        /** Feeds one line; true when the value that started at depth 0 has closed. */
        boolean closes(String line) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (inString) {
                    if (escaped) escaped = false;
                    else if (c == '\\') escaped = true;
                    else if (c == '"') inString = false;
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
