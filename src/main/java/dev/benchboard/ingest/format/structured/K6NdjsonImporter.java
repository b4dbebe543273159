package dev.benchboard.ingest.format.structured;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.FastDecimal;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.RunDataBuilder;
import dev.benchboard.ingest.source.LineReader;
import dev.benchboard.ingest.source.Text;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * {@code k6 run --out json=file}: one JSON object per line, {@code {"type":"Metric",…}} declaring a
 * metric and {@code {"type":"Point","metric":…,"data":{"time":RFC 3339,"value":…,"tags":{…}}}} for
 * each sample (k6's output/json; key order varies between k6 versions, so none is assumed).
 *
 * <p>Each {@code http_req_duration} point is one request: its value (ms) goes into the histogram,
 * its time — k6 stamps a request's samples when the request ends — into the per-second series.
 * A request is an error when its {@code status} tag is not 2xx/3xx (k6 writes 0 when no response
 * came) or its {@code expected_response} tag is false; when the points carry neither tag, the error
 * count comes from the {@code http_req_failed} points instead. Requests are counted from the
 * {@code http_reqs} points when present. Concurrency is the peak of the {@code vus} gauge.
 *
 * <p>Scenarios: when points carry more than one {@code scenario} tag, each scenario is its own run
 * (labelled by the scenario) — scenarios have their own executors and load shapes, and mixing them
 * would blur both; otherwise the file is one run. Read line by line in bounded memory: lines that are
 * not JSON objects are skipped and counted, a broken object is a row problem, a cut-off last line a
 * warning. k6 does not write the executor into this output, so runs are treated as closed-loop.
 */
public final class K6NdjsonImporter implements Importer {

    public static final String FORMAT = "k6-ndjson";
    static final int MAX_SCENARIOS = 50;
    /** k6 flushes samples of concurrent VUs in batches: order is only loosely kept. */
    private static final long ORDER_TOLERANCE_NANOS = 1_000_000_000L;

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "k6 JSON lines (--out json)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        if (head == null) return 0;
        int checked = 0;
        int k6Lines = 0;
        for (String line : head.split("\n", 21)) {
            String l = line.strip();
            if (l.isEmpty() || checked == 20) continue;
            checked++;
            JsonHead json = JsonHead.of(l);
            String type = json.string("type");
            if (json.isObject() && json.has("metric") && ("Point".equals(type) || "Metric".equals(type))) k6Lines++;
        }
        if (k6Lines == 0) return 0;
        return k6Lines * 2 >= checked ? 95 : 60;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        LineReader lines = source.lines(FORMAT);
        RowProblems problems = new RowProblems(context);
        Map<String, ScenarioRun> scenarios = new LinkedHashMap<>();
        Point point = new Point();
        double peakVus = -1;
        for (String line; (line = lines.next()) != null; ) {
            String text = line.strip();
            if (text.isEmpty()) continue;
            long number = lines.lineNumber();
            if (text.charAt(0) != '{') {
                context.skip(FORMAT, number);   // not k6's: log lines captured along with the output
                continue;
            }
            try {
                point.read(text, number);
                if (point.isPoint()) {
                    if (point.metric.equals("vus")) peakVus = Math.max(peakVus, point.value);
                    else if (isRunMetric(point.metric)) scenario(scenarios, point, number).add(point, number);
                } else if (!point.isMetric()) {
                    context.skip(FORMAT, number);
                    continue;
                }
                context.accept(FORMAT, number);
            } catch (RowException e) {
                problems.add(e.problem());
            }
        }
        problems.finish(lines);
        scenarios.values().removeIf(s -> s.stats.requests() == 0);   // e.g. iterations of a non-HTTP scenario
        if (scenarios.isEmpty()) {
            if (context.problemCount() > 0) throw Structured.noValidRows(FORMAT, context, lines.lineNumber());
            throw ImportException.at(FORMAT, lines.lineNumber(), Sentence.of("ingest.structured.k6.expected.http-points"),
                    Structured.NONE);
        }
        context.warn(Sentence.of("ingest.structured.k6.warning.executor-unknown"));
        boolean split = scenarios.size() > 1;
        List<RunData> runs = new ArrayList<>();
        for (Map.Entry<String, ScenarioRun> e : scenarios.entrySet()) {
            runs.add(e.getValue().build(e.getKey(), split, peakVus, context));
        }
        return ImportResult.ofRuns(runs);
    }

    private static boolean isRunMetric(String metric) {
        return switch (metric) {
            case "http_req_duration", "http_reqs", "http_req_failed", "iterations" -> true;
            default -> false;
        };
    }

    private static ScenarioRun scenario(Map<String, ScenarioRun> scenarios, Point point, long line) throws RowException {
        String key = point.scenario == null ? "" : point.scenario;
        ScenarioRun run = scenarios.get(key);
        if (run == null) {
            if (scenarios.size() == MAX_SCENARIOS) {
                throw new RowException(line, "tags.scenario",
                        Sentence.of("ingest.structured.k6.expected.scenarios", String.valueOf(MAX_SCENARIOS)), Text.quote(key));
            }
            run = new ScenarioRun();
            scenarios.put(key, run);
        }
        return run;
    }

    /** The fields of one line that matter, reused from line to line. */
    private static final class Point {
        String type;
        String metric;
        String time;
        double value;
        boolean hasValue;
        String status;
        String expectedResponse;
        String scenario;

        boolean isPoint() { return "Point".equals(type) && metric != null; }
        boolean isMetric() { return "Metric".equals(type); }

        void read(String text, long line) throws RowException {
            type = metric = time = status = expectedResponse = scenario = null;
            hasValue = false;
            try (JsonParser p = Json.parser(text)) {
                p.nextToken();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    JsonToken t = p.nextToken();
                    switch (name) {
                        case "type" -> type = t == JsonToken.VALUE_STRING ? p.getString() : null;
                        case "metric" -> metric = t == JsonToken.VALUE_STRING ? p.getString() : null;
                        case "data" -> { if (t == JsonToken.START_OBJECT) readData(p); else p.skipChildren(); }
                        default -> p.skipChildren();
                    }
                }
                if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                    throw broken(p, line, Sentence.of("ingest.structured.k6.expected.one-object"));
                }
            } catch (JacksonException e) {
                TokenStreamLocation at = e.getLocation();
                throw new RowException(new Problem(line, at == null ? null : at.getColumnNr(), null,
                        Sentence.of("ingest.structured.k6.expected.complete-object"), shortMessage(e)));
            }
        }

        private void readData(JsonParser p) {
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "time" -> time = t == JsonToken.VALUE_STRING ? p.getString() : null;
                    case "value" -> {
                        hasValue = t.isNumeric();
                        if (hasValue) value = p.getDoubleValue();
                    }
                    case "tags" -> { if (t == JsonToken.START_OBJECT) readTags(p); else p.skipChildren(); }
                    default -> p.skipChildren();
                }
            }
        }

        private void readTags(JsonParser p) {
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (t != JsonToken.VALUE_STRING) { p.skipChildren(); continue; }
                switch (name) {
                    case "status" -> status = p.getString();
                    case "expected_response" -> expectedResponse = p.getString();
                    case "scenario" -> scenario = p.getString();
                    default -> { }
                }
            }
        }

        private static RowException broken(JsonParser p, long line, Sentence expected) {
            TokenStreamLocation at = p.currentTokenLocation();
            return new RowException(new Problem(line, at.getColumnNr(), null, expected,
                    Sentence.of("ingest.structured.k6.found.more-after-object")));
        }

        private static String shortMessage(JacksonException e) {
            String m = e.getOriginalMessage();
            if (m == null) return null;
            int nl = m.indexOf('\n');
            return nl < 0 ? m : m.substring(0, nl);
        }
    }

    /** What the points of one scenario add up to. */
    private static final class ScenarioRun {
        final RequestStats stats = new RequestStats();
        boolean tagged;
        long httpReqs;
        long failedPoints;
        boolean sawFailedPoints;
        long iterations;

        void add(Point point, long line) throws RowException {
            if (!point.hasValue) {
                throw new RowException(line, "data.value", Sentence.of("ingest.structured.expected.number"), Structured.NONE);
            }
            switch (point.metric) {
                case "http_req_duration" -> addRequest(point, line);
                case "http_reqs" -> httpReqs = total(httpReqs, count(point, line), line);
                case "http_req_failed" -> {
                    sawFailedPoints = true;
                    if (point.value != 0) failedPoints++;
                }
                case "iterations" -> iterations = total(iterations, count(point, line), line);
                default -> { }
            }
        }

        private void addRequest(Point point, long line) throws RowException {
            double ms = point.value;
            if (!(ms >= 0 && ms <= Fields.MAX_LATENCY_MS)) {
                throw new RowException(line, "data.value", Sentence.of("ingest.structured.expected.latency"), String.valueOf(ms));
            }
            long end = point.time == null ? SampleTimestamps.INVALID : SampleTimestamps.parse(point.time);
            if (end == SampleTimestamps.INVALID) {
                throw new RowException(line, "data.time", Sentence.of("ingest.structured.k6.expected.time"),
                        point.time == null ? Structured.NONE : Problem.data(Text.quote(point.time)));
            }
            int status = -1;
            if (point.status != null && !point.status.isEmpty()) {
                double s = FastDecimal.parse(point.status);
                if (!(s >= 0 && s <= 999) || s != Math.rint(s)) {
                    throw new RowException(line, "data.tags.status", Sentence.of("ingest.structured.expected.status"),
                            Text.quote(point.status));
                }
                status = (int) s;
            }
            boolean unexpected = "false".equals(point.expectedResponse);
            boolean error = unexpected || (status >= 0 && (status < 200 || status >= 400));
            tagged |= status >= 0 || point.expectedResponse != null;
            stats.checkOrder(end, ORDER_TOLERANCE_NANOS, line);
            stats.record(ms, error, status, end - Math.round(ms * 1e6));
        }

        /** A counter sample: a whole number, at most 9·10^15 (beyond, a double no longer counts in ones). */
        private static long count(Point point, long line) throws RowException {
            double v = point.value;
            if (!(v >= 0) || v != Math.rint(v) || v > 9.0e15) {
                throw new RowException(line, "data.value", Sentence.of("ingest.structured.k6.expected.counter"), String.valueOf(v));
            }
            return (long) v;
        }

        /** The running total with one more sample; a total beyond 64 bits is a broken file, not a wrap-around. */
        private static long total(long sum, long sample, long line) throws RowException {
            try {
                return Math.addExact(sum, sample);
            } catch (ArithmeticException overflow) {
                throw new RowException(line, "data.value", Sentence.of("ingest.structured.k6.expected.counter-total"),
                        sum + " + " + sample);
            }
        }

        RunData build(String scenario, boolean split, double peakVus, ImportContext context) {
            String name = scenario.isEmpty() ? null : scenario;
            RunDataBuilder run = stats.fill(RunData.builder()).label(split ? name : null).coordinatedOmission(true);
            run.setting("scenario", name);
            Sentence named = split ? Sentence.of("ingest.structured.run.scenario", Text.quote(scenario)) : null;
            long requests = stats.requests();
            if (httpReqs > 0) {
                if (httpReqs != requests) {
                    context.warn(RequestStats.ofRun(named, Sentence.of("ingest.structured.k6.warning.http-reqs",
                            String.valueOf(httpReqs), String.valueOf(requests))));
                }
                requests = httpReqs;
                run.requests(requests);
                if (stats.durationSeconds() != null) run.throughputRps(requests / stats.durationSeconds());
            }
            if (!tagged) {
                run.errors(sawFailedPoints ? failedPoints : null);
                context.warn(RequestStats.ofRun(named, Sentence.of(sawFailedPoints
                        ? "ingest.structured.k6.warning.untagged-failed-points" : "ingest.structured.k6.warning.untagged-unknown")));
            } else if (sawFailedPoints && failedPoints != stats.errors()) {
                context.warn(RequestStats.ofRun(named, Sentence.of("ingest.structured.k6.warning.failed-mismatch",
                        String.valueOf(failedPoints), String.valueOf(stats.errors()))));
            }
            if (iterations > 0) run.metric("iterations", iterations);
            if (peakVus >= 0) {
                if (split) run.setting("vus_peak_whole_test", String.valueOf((long) peakVus));
                else run.concurrency(peakVus);
            }
            stats.warnings(context, named);
            return run.build();
        }
    }
}
