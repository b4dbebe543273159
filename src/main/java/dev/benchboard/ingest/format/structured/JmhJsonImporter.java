package dev.benchboard.ingest.format.structured;

import dev.benchboard.format.Sentence;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.RunDataBuilder;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * JMH's JSON result file ({@code -rf json}, JMH 1.x): an array with one object per benchmark, mode and
 * parameter combination — {@code benchmark}, {@code mode} (thrpt, avgt, sample, ss), {@code params},
 * {@code threads}, {@code forks}, JVM and iteration settings, and {@code primaryMetric} with
 * {@code score}, {@code scoreError} (half-width of JMH's 99.9 % confidence interval), {@code scoreUnit},
 * {@code scorePercentiles} and the raw per-iteration values ({@code rawData}) or, in sample mode, the
 * sampled times as a histogram ({@code rawDataHistogram}, [[[[value, count] …]]] per fork and iteration).
 *
 * <p>Each object becomes one benchmark run (like a {@code go test -bench} row): label =
 * {@code benchmark(param=value, …) mode}, so each parameter combination and mode is its own benchmark in
 * the regression table; metrics = the score under its unit ({@code ops/us}, {@code us/op}), and in sample
 * mode the percentiles JMH prints ({@code p0.50 us/op} … {@code p1.00 us/op}, from
 * {@code scorePercentiles}); secondary metrics (profilers) as {@code name unit}. The score error and
 * confidence interval, the iteration and sample counts and the JVM are settings. Repeated uploads of the
 * same benchmark are its samples. Not a load test: no requests, no latency percentiles.
 *
 * <p>The sample histogram can hold hundreds of thousands of values: it is streamed (only its counts are
 * summed, for the sample count JMH prints as Cnt), never built as a tree. A file cut off after some
 * complete results keeps those, with a warning.
 */
public final class JmhJsonImporter implements Importer {

    public static final String FORMAT = "jmh";
    private static final String[][] SAMPLE_PERCENTILES = {{"0.0", "p0.00"}, {"50.0", "p0.50"}, {"90.0", "p0.90"},
            {"95.0", "p0.95"}, {"99.0", "p0.99"}, {"99.9", "p0.999"}, {"99.99", "p0.9999"}, {"100.0", "p1.00"}};
    private static final List<String> SETTINGS = List.of("jmhVersion", "mode", "jdkVersion", "vmName", "vmVersion",
            "warmupTime", "measurementTime");
    private static final List<String> COUNT_SETTINGS = List.of("threads", "forks", "warmupIterations",
            "measurementIterations", "warmupBatchSize", "measurementBatchSize");

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "JMH result JSON (-rf json)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        JsonHead json = JsonHead.of(head);
        if (!json.isArray() || !json.has("[].benchmark") || !json.has("[].primaryMetric")) return 0;
        return json.has("[].jmhVersion") || json.has("[].primaryMetric.scoreUnit") ? 97 : 70;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        List<RunData> runs = new java.util.ArrayList<>();
        try (JsonParser p = Json.parser(source.reader())) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw unexpected(p, Sentence.of("ingest.structured.jmh.expected.array",
                        "[{\"benchmark\": …, \"primaryMetric\": …}, …]"));
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    TokenStreamLocation at = p.currentTokenLocation();
                    context.reject(new Problem(at.getLineNr(), at.getColumnNr(), "[]", Sentence.of("ingest.structured.jmh.expected.result-object"),
                            p.getText()));
                    p.skipChildren();
                    continue;
                }
                RunData run = run(result(p), context);
                if (run != null) runs.add(run);
            }
        } catch (JacksonException e) {
            if (runs.isEmpty()) throw Json.failure(FORMAT, e);
            TokenStreamLocation at = e.getLocation();
            context.warn(Sentence.of("ingest.structured.jmh.warning.cut-off", at == null ? "?" : String.valueOf(at.getLineNr()),
                    String.valueOf(runs.size())));
        }
        if (runs.isEmpty() && context.rejected() == 0) throw ImportException.at(FORMAT, 1, Sentence.of("ingest.structured.jmh.expected.result"), Structured.NONE);
        return ImportResult.ofRuns(runs);
    }

    /** One result object as a tree, except its sample histogram, which is only counted (as "sampleCount"). */
    private static Json.Obj result(JsonParser p) throws ImportException {
        TokenStreamLocation start = p.currentTokenLocation();
        Map<String, Json.Value> fields = new LinkedHashMap<>();
        int[] budget = {Json.MAX_NODES};
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("primaryMetric") && p.currentToken() == JsonToken.START_OBJECT) {
                fields.put(name, primaryMetric(p, budget));
            } else {
                fields.put(name, Json.read(p, FORMAT, budget));
            }
        }
        return new Json.Obj(Collections.unmodifiableMap(fields), start.getLineNr(), start.getColumnNr());
    }

    private static Json.Obj primaryMetric(JsonParser p, int[] budget) throws ImportException {
        TokenStreamLocation start = p.currentTokenLocation();
        Map<String, Json.Value> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("rawDataHistogram")) {
                TokenStreamLocation at = p.currentTokenLocation();
                long count = histogramCount(p);
                fields.put("sampleCount", new Json.Num(count, true, Long.toString(count), at.getLineNr(), at.getColumnNr()));
            } else {
                fields.put(name, Json.read(p, FORMAT, budget));
            }
        }
        return new Json.Obj(Collections.unmodifiableMap(fields), start.getLineNr(), start.getColumnNr());
    }

    /** Sums the counts of the histogram's [value, count] pairs, however deeply nested (fork, iteration). */
    private static long histogramCount(JsonParser p) {
        long total = 0;
        int depth = 0;
        int position = 0;
        do {
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_ARRAY) {
                depth++;
                position = 0;
            } else if (t == JsonToken.END_ARRAY) {
                depth--;
                position = 0;
            } else if (t != null && t.isNumeric()) {
                if (position++ == 1) total += Math.max(0, p.getValueAsLong());
            }
        } while (depth > 0 && p.nextToken() != null);
        return total;
    }

    private static RunData run(Json.Obj r, ImportContext context) {
        String benchmark = r.string("benchmark");
        Json.Obj metric = r.object("primaryMetric");
        if (benchmark == null || benchmark.isBlank() || metric == null) {
            context.reject(new Problem(r.line(), r.column(), benchmark == null ? "benchmark" : "primaryMetric",
                    Sentence.of("ingest.structured.jmh.expected.benchmark"), Structured.NONE));
            return null;
        }
        String unit = metric.string("scoreUnit");
        Json.Num score = metric.number("score");
        if (unit == null || unit.isBlank() || score == null || !Double.isFinite(score.value())) {
            Json.Value at = metric.get("score") == null ? metric : metric.get("score");
            context.reject(new Problem(at.line(), at.column(), "primaryMetric.score",
                    Sentence.of("ingest.structured.jmh.expected.score"), JsonFields.text(metric.get("score"))));
            return null;
        }
        String mode = r.string("mode");
        RunDataBuilder b = RunData.builder().label(label(benchmark, r.object("params"), mode))
                .setting("benchmark", benchmark).metric(unit, score.value());
        for (String key : SETTINGS) b.setting(key, r.string(key));
        for (String key : COUNT_SETTINGS) {
            Json.Num n = r.number(key);
            if (n != null) b.setting(key, n.text());
        }
        Json.Obj params = r.object("params");
        if (params != null) params.fields().forEach((k, v) -> b.setting("param." + k, JsonFields.text(v)));
        Json.Num error = metric.number("scoreError");
        if (error != null && Double.isFinite(error.value())) b.setting("score_error", error.text());
        if (metric.get("scoreConfidence") instanceof Json.Arr ci && ci.items().size() == 2) {
            b.setting("score_confidence", "[" + JsonFields.text(ci.items().get(0)) + ", " + JsonFields.text(ci.items().get(1)) + "]");
        }
        if (metric.get("rawData") instanceof Json.Arr forks) {
            b.setting("iterations", Integer.toString(forks.items().stream()
                    .mapToInt(f -> f instanceof Json.Arr a ? a.items().size() : 0).sum()));
        }
        Json.Num samples = metric.number("sampleCount");
        if (samples != null) b.setting("samples", samples.text());
        if ("sample".equals(mode)) samplePercentiles(metric.object("scorePercentiles"), unit, b, context);
        secondaryMetrics(r.object("secondaryMetrics"), b);
        try {
            context.accept(FORMAT, r.line());
        } catch (ImportException e) {
            context.reject(new Problem(e.line(), e.column(), e.field(), e.expected(), e.found()));
            return null;
        }
        return b.build();
    }

    private static String label(String benchmark, Json.Obj params, String mode) {
        StringJoiner p = new StringJoiner(", ", "(", ")").setEmptyValue("");
        if (params != null) params.fields().forEach((k, v) -> p.add(k + "=" + JsonFields.text(v)));
        return benchmark + p + (mode == null ? "" : " " + mode);
    }

    /** The percentiles JMH prints under a sample-mode score, named as it prints them (p0.99 …). */
    private static void samplePercentiles(Json.Obj percentiles, String unit, RunDataBuilder b, ImportContext context) {
        if (percentiles == null) return;
        for (String[] p : SAMPLE_PERCENTILES) {
            Double v = JsonFields.nonNegative(percentiles, p[0], "primaryMetric.scorePercentiles." + p[0], context);
            if (v != null) b.metric(p[1] + " " + unit, v);
        }
    }

    private static void secondaryMetrics(Json.Obj secondary, RunDataBuilder b) {
        if (secondary == null) return;
        secondary.fields().forEach((name, value) -> {
            if (value instanceof Json.Obj m && m.number("score") != null && Double.isFinite(m.number("score").value())) {
                String unit = m.string("scoreUnit");
                b.metric(name + (unit == null ? "" : " " + unit), m.number("score").value());
            }
        });
    }

    private static ImportException unexpected(JsonParser p, Sentence expected) {
        TokenStreamLocation at = p.currentTokenLocation();
        JsonToken t = p.currentToken();
        return new ImportException(FORMAT, at.getLineNr(), at.getColumnNr(), null, expected,
                t == null ? Sentence.of("ingest.structured.found.empty-file") : Problem.data(p.getText()));
    }
}
