package dev.benchboard.ingest.format.structured;

import dev.benchboard.evidence.DataKind;
import dev.benchboard.format.Sentence;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gatling's {@code simulation.log} in its text form (Gatling 3.9 and earlier; from 3.11 the file is
 * binary and is refused as not text): tab-separated records {@code RUN  class  id  startMs  description
 * version}, {@code USER  scenario  START|END  ms}, {@code REQUEST  group  name  startMs  endMs  OK|KO
 * message}, {@code ERROR  message  ms}, {@code GROUP …} and {@code ASSERTION  base64}.
 *
 * <p>One run for the whole simulation, as Gatling's "Global Information": every REQUEST is a request
 * with latency end − start (Gatling's response time, whole milliseconds), KO is an error (Gatling's own
 * verdict: a failed check such as {@code status.find.is(200), but actually found 500}, or a connection
 * failure). The latencies fill an HdrHistogram (percentiles within 0.1 %, whole-ms data; Gatling's own
 * percentiles are computed differently and may differ by a few ms). Duration = first request start to
 * last request end, so the throughput is requests over that span; Gatling's printed "mean requests/sec"
 * divides by the whole seconds its buckets cover and is a little lower. Per request name: count and KO as
 * metrics; the most frequent KO messages as metrics too. Peak concurrent users (USER START/END) is the
 * setting {@code users_peak}. Gatling's usual open injection sends regardless of responses, so coordinated
 * omission does not apply; a closed-model simulation is not recognisable from the log.
 */
public final class GatlingSimulationLogImporter implements Importer {

    public static final String FORMAT = "gatling-log";
    private static final int KEPT_MESSAGES = 20;
    private static final int MAX_NAMES = 200;

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "Gatling simulation.log (text, Gatling ≤ 3.10)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        boolean run = false;
        boolean request = false;
        for (String line : head.split("\n")) {
            if (line.startsWith("RUN\t") && line.split("\t", -1).length >= 5) run = true;
            if (line.startsWith("REQUEST\t") && line.split("\t", -1).length >= 6) request = true;
        }
        return run && request ? 98 : run || request ? 80 : 0;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        LineReader lines = source.lines(FORMAT);
        RequestStats stats = new RequestStats();
        Map<String, long[]> byName = new LinkedHashMap<>();
        Map<String, Long> messages = new LinkedHashMap<>();
        RunDataBuilder b = RunData.builder().coordinatedOmission(false)
                .setting("latency_resolution", "1 ms (Gatling logs epoch milliseconds)");
        long users = 0;
        long peakUsers = 0;
        long firstLine = 0;
        for (String line; (line = lines.next()) != null; ) {
            long n = lines.lineNumber();
            if (lines.lastLineUnterminated()) {
                if (!line.isBlank()) context.warn(Sentence.of("ingest.structured.gatling.warning.cut-off", String.valueOf(n)));
                break;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "REQUEST" -> {
                    if (request(f, n, stats, byName, messages, context)) {
                        if (firstLine == 0) firstLine = n;
                        context.accept(FORMAT, n);
                    }
                }
                case "USER" -> {
                    if (f.length >= 3 && f[2].equals("START")) peakUsers = Math.max(peakUsers, ++users);
                    else if (f.length >= 3 && f[2].equals("END")) users = Math.max(0, users - 1);
                }
                case "RUN" -> {
                    if (f.length >= 6) {
                        b.setting("simulation", f[1]).setting("simulation_id", f[2]).setting("gatling_version", f[5].strip());
                        context.setting("gatling_version", f[5].strip());
                    }
                }
                case "ERROR" -> {
                    if (f.length >= 2) messages.merge("ERROR: " + clip(f[1]), 1L, Long::sum);
                }
                default -> context.skip(FORMAT, n);   // GROUP, ASSERTION, blank lines, anything else
            }
        }
        if (stats.requests() == 0) {
            if (!context.problems().isEmpty()) throw ImportException.of(FORMAT, context.problems().getFirst());
            throw ImportException.at(FORMAT, Math.max(1, lines.lineNumber()),
                    Sentence.of("ingest.structured.gatling.expected.records"), Structured.NONE);
        }
        stats.fill(b);
        stats.warnings(context, null);
        b.setting("users_peak", Long.toString(peakUsers));
        byName.forEach((name, counts) -> {
            b.metric(name + " requests", counts[0]);
            b.metric(name + " KO", counts[1]);
        });
        messages.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(KEPT_MESSAGES)
                .forEach(e -> b.metric("KO: " + e.getKey(), e.getValue()));
        return ImportResult.ofRuns(List.of(b.build()));
    }

    private static boolean request(String[] f, long n, RequestStats stats, Map<String, long[]> byName,
                                   Map<String, Long> messages, ImportContext context) {
        if (f.length < 6) {
            context.reject(new Problem(n, null, "REQUEST", Sentence.of("ingest.structured.gatling.expected.fields"),
                    Sentence.of("ingest.structured.found.fields", String.valueOf(f.length))));
            return false;
        }
        Long start = epochMs(f[3]);
        Long end = epochMs(f[4]);
        if (start == null || end == null) {
            context.reject(new Problem(n, start == null ? 4 : 5, start == null ? "start" : "end",
                    Sentence.of("ingest.structured.expected.epoch-ms"), Text.quote(clip(start == null ? f[3] : f[4]))));
            return false;
        }
        long latency = end - start;
        if (latency < 0 || latency > 3_600_000) {
            context.reject(new Problem(n, 5, "end", Sentence.of("ingest.structured.gatling.expected.end", String.valueOf(start)), f[4]));
            return false;
        }
        boolean ko;
        if (f[5].equals("KO")) ko = true;
        else if (f[5].equals("OK")) ko = false;
        else {
            context.reject(new Problem(n, 6, "status", Sentence.of("ingest.structured.gatling.expected.ok-ko"), Text.quote(clip(f[5]))));
            return false;
        }
        stats.checkOrder(end * 1_000_000, 1_000_000_000L, n);
        stats.record(latency, ko, -1, start * 1_000_000);
        String name = f[1].isEmpty() ? f[2] : f[1] + " / " + f[2];
        long[] counts = byName.size() < MAX_NAMES || byName.containsKey(name)
                ? byName.computeIfAbsent(name, k -> new long[2]) : new long[2];
        counts[0]++;
        if (ko) {
            counts[1]++;
            if (f.length > 6 && !f[6].isBlank()) messages.merge(clip(f[6].strip()), 1L, Long::sum);
        }
        return true;
    }

    /** A plausible epoch-millisecond time (1970 … 3000), or null. */
    private static Long epochMs(String text) {
        if (text.isEmpty() || text.length() > 15) return null;
        for (int i = 0; i < text.length(); i++) if (!Character.isDigit(text.charAt(i))) return null;
        long v = Long.parseLong(text);
        return v > 0 && v < 32_503_680_000_000L ? v : null;
    }

    /** At most 120 characters, and never read as a spreadsheet formula when exported (it names a metric). */
    private static String clip(String s) {
        String clipped = s.length() > 120 ? s.substring(0, 119) + "…" : s;
        return Text.looksLikeFormula(clipped) ? "'" + clipped : clipped;
    }
}
