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

/**
 * {@code vegeta report -type=json}: {@code latencies{total, mean, 50th, 90th, 95th, 99th, max, min}}
 * in nanoseconds (older vegeta lacks 90th and min), {@code bytes_in/bytes_out{total, mean}},
 * {@code earliest/latest/end}, {@code duration} (first to last request sent) and {@code wait} (last
 * request sent to its response) in nanoseconds, {@code requests}, {@code rate} (requests / duration),
 * {@code throughput} (successful requests / (duration + wait)), {@code success} (share of 2xx/3xx),
 * {@code status_codes} (code → count, 0 = no response) and {@code errors} (distinct messages).
 *
 * <p>Benchboard's duration is duration + wait, the time from the first request to the last response,
 * and its throughput is all requests over it; vegeta's own rate and throughput are kept as metrics.
 * Errors are the requests whose status is not 2xx/3xx (vegeta's own definition of success), counted
 * from {@code status_codes}. Percentiles are t-digest estimates; mean, min and max are exact.
 * Vegeta sends at a constant rate (open loop), so coordinated omission does not apply.
 */
public final class VegetaReportImporter implements Importer {

    public static final String FORMAT = "vegeta";
    private static final double NS_TO_MS = 1e-6;
    private static final String[][] PERCENTILES = {{"50th", "50"}, {"90th", "90"}, {"95th", "95"}, {"99th", "99"}};
    private static final int KEPT_ERROR_MESSAGES = 20;

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "vegeta report (-type=json)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        JsonHead json = JsonHead.of(head);
        if (!json.isObject() || !json.has("latencies")) return 0;
        boolean vegetaLatencies = json.has("latencies.50th") || json.has("latencies.99th");
        boolean vegetaReport = json.has("status_codes") || json.has("requests") || json.has("bytes_in");
        return vegetaLatencies && vegetaReport ? 95 : vegetaLatencies ? 60 : 0;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        Json.Value document = Json.readDocument(source, FORMAT);
        if (!(document instanceof Json.Obj doc) || doc.object("latencies") == null) {
            throw new ImportException(FORMAT, document.line(), document.column(), "latencies",
                    Sentence.of("ingest.structured.vegeta.expected.shape"), Sentence.of("ingest.structured.found.another-shape"));
        }
        Long requests = JsonFields.count(doc, "requests", "requests", context);
        if (requests == null || requests == 0) {
            Json.Value at = doc.get("requests") == null ? doc : doc.get("requests");
            throw new ImportException(FORMAT, at.line(), at.column(), "requests", Sentence.of("ingest.structured.vegeta.expected.requests"),
                    Sentence.of(requests == null ? "ingest.structured.vegeta.found.no-count" : "ingest.structured.vegeta.found.zero-requests"));
        }
        RunDataBuilder run = RunData.builder()
                .requests(requests)
                .latencyOrigin(LatencyOrigin.T_DIGEST)
                .coordinatedOmission(false);
        readLatencies(doc.object("latencies"), run, context);
        readTiming(doc, requests, run, context);
        readOutcomes(doc, requests, run, context);
        Long in = JsonFields.count(doc.object("bytes_in"), "total", "bytes_in.total", context);
        Long out = JsonFields.count(doc.object("bytes_out"), "total", "bytes_out.total", context);
        if (in != null) run.metric("bytes_in", in);
        if (out != null) run.metric("bytes_out", out);
        run.setting("earliest", doc.string("earliest"));
        context.warn(Sentence.of("ingest.structured.vegeta.warning.t-digest"));
        context.accept(FORMAT, doc.line());
        return ImportResult.ofRuns(List.of(ReportedLatency.agreeing(run.build(), doc.object("latencies").line(), context)));
    }

    private static void readLatencies(Json.Obj lat, RunDataBuilder run, ImportContext context) {
        run.meanMs(JsonFields.latencyMs(lat, "mean", "latencies.mean", NS_TO_MS, context));
        run.minMs(JsonFields.latencyMs(lat, "min", "latencies.min", NS_TO_MS, context));
        run.maxMs(JsonFields.latencyMs(lat, "max", "latencies.max", NS_TO_MS, context));
        for (String[] p : PERCENTILES) {
            Double ms = JsonFields.latencyMs(lat, p[0], "latencies." + p[0], NS_TO_MS, context);
            if (ms != null) run.percentile(Double.parseDouble(p[1]), ms, LatencyOrigin.T_DIGEST);
        }
    }

    private static void readTiming(Json.Obj doc, long requests, RunDataBuilder run, ImportContext context) {
        Double durationNs = JsonFields.nonNegative(doc, "duration", "duration", context);
        Double waitNs = JsonFields.nonNegative(doc, "wait", "wait", context);
        if (durationNs != null) {
            double seconds = (durationNs + (waitNs == null ? 0 : waitNs)) / 1e9;
            if (seconds > 0) run.durationSeconds(seconds).throughputRps(requests / seconds);
        }
        Double rate = JsonFields.nonNegative(doc, "rate", "rate", context);
        Double throughput = JsonFields.nonNegative(doc, "throughput", "throughput", context);
        if (rate != null) run.metric("vegeta_rate", rate).setting("rate", rate + "/s");
        if (throughput != null) run.metric("vegeta_throughput", throughput);
    }

    /** Status codes, errors (non-2xx/3xx, from the codes) and the distinct error messages. */
    private static void readOutcomes(Json.Obj doc, long requests, RunDataBuilder run, ImportContext context) {
        Double success = JsonFields.nonNegative(doc, "success", "success", context);
        if (success != null && success > 1) {
            Json.Value v = doc.get("success");
            context.reject(new Problem(v.line(), v.column(), "success", Sentence.of("ingest.structured.expected.ratio"),
                    JsonFields.text(v)));
            success = null;
        }
        Json.Obj codes = doc.object("status_codes");
        Long errors = null;
        if (codes != null) {
            long bad = 0;
            long counted = 0;
            for (Map.Entry<String, Json.Value> e : codes.fields().entrySet()) {
                String path = "status_codes." + e.getKey();
                Long count = JsonFields.count(codes, e.getKey(), path, context);
                if (count == null) continue;
                int code = statusCode(e.getKey());
                if (code < 0) {
                    context.reject(new Problem(e.getValue().line(), e.getValue().column(), path,
                            Sentence.of("ingest.structured.vegeta.expected.status-key"), Fields.found(e.getKey(), 0, e.getKey().length())));
                    continue;
                }
                run.statusCode(code, count);
                counted += count;
                if (code < 200 || code >= 400) bad += count;
            }
            errors = bad;
            if (counted != requests) {
                context.warn(Sentence.of("ingest.structured.vegeta.warning.status-sum", String.valueOf(counted),
                        String.valueOf(requests)));
            }
        } else if (success != null) {
            errors = requests - Math.round(success * requests);
            context.warn(Sentence.of("ingest.structured.vegeta.warning.errors-from-success"));
        }
        run.errors(errors);
        if (errors != null && success != null && Math.abs((requests - errors) - success * requests) > 0.5) {
            context.warn(Sentence.of("ingest.structured.vegeta.warning.success-mismatch", String.valueOf(success),
                    String.valueOf(requests - errors), String.valueOf(requests)));
        }
        if (doc.get("errors") instanceof Json.Arr messages && !messages.items().isEmpty()) {
            List<String> kept = new ArrayList<>();
            for (Json.Value m : messages.items()) {
                if (kept.size() < KEPT_ERROR_MESSAGES && JsonFields.text(m) != null) kept.add(JsonFields.text(m));
            }
            run.setting("errors", String.join(" | ", kept)
                    + (messages.items().size() > kept.size() ? " | … (" + messages.items().size() + " distinct)" : ""));
        }
    }

    private static int statusCode(String key) {
        if (key.isEmpty() || key.length() > 3) return -1;
        for (int i = 0; i < key.length(); i++) if (key.charAt(i) < '0' || key.charAt(i) > '9') return -1;
        return Integer.parseInt(key);
    }
}
