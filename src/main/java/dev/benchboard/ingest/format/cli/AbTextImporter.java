package dev.benchboard.ingest.format.cli;

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
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ApacheBench's text report ({@code ab -n … -c … URL}, ab 2.3): the {@code Key: value} block (Concurrency
 * Level, Time taken for tests, Complete/Failed requests with the {@code (Connect, Receive, Length,
 * Exceptions)} breakdown, Non-2xx responses, Requests per second, Time per request, Transfer rate), the
 * {@code Connection Times (ms)} table and {@code Percentage of the requests served within a certain time
 * (ms)} (50..100 %). Progress lines ({@code Completed 1000 requests}, {@code Finished …}) and ab's
 * warnings, written to stderr and often captured with stdout, are skipped.
 *
 * <p>Figures. requests = Complete requests (ab counts failed requests there too). errors = Failed
 * requests − Length failures + Non-2xx responses: ab counts a response whose body length differs from
 * the first response's as a "Length" failure, which for a dynamic body (a counter, a timestamp) is no
 * error of the server, so Length failures are kept apart ({@code ab_length_failures}, with a warning)
 * and not counted as errors. The price: ab also counts a response the server cut short (a connection
 * closed mid-response) as a Length failure, and the text cannot tell the two apart, which the warning
 * says (the flaky fixture's 255 = its 194 non-2xx responses + 61, about the 1 in 33 connections the
 * fixture server closes). A non-2xx response whose body length differs is both a Length failure and a
 * Non-2xx response, so counting Length failures as errors would count it twice; Connect, Receive and
 * Exceptions failures had no response, so they do not
 * overlap the Non-2xx count. Throughput is ab's printed Requests per second; Complete / Time taken is
 * kept as {@code throughput_recomputed_rps}. Concurrency is the printed Concurrency Level; ab is
 * closed-loop and corrects nothing for coordinated omission, so the flag is set.
 *
 * <p>Latency: the percentiles are ab's own (origin reported), printed in whole ms (resolution stated
 * in the {@code percentile_resolution} setting); min, mean, sd and max are the Total row of the
 * Connection Times table (whole ms, sd to 0.1 ms). The other rows become {@code <row>_<column>_ms}
 * metrics.
 */
public final class AbTextImporter implements Importer {

    public static final String FORMAT = "ab";
    static final String RESOLUTION_SETTING = "percentile_resolution";

    private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9 -]*?):\\s*(.*)");
    private static final Pattern BREAKDOWN = Pattern.compile(
            "\\(Connect: (\\d+), Receive: (\\d+), Length: (\\d+), Exceptions: (\\d+)\\)");
    private static final Pattern TIMES_ROW = Pattern.compile("(Connect|Processing|Waiting|Total):\\s+(.*)");
    private static final Pattern PERCENT_ROW = Pattern.compile("(\\d+)%\\s+(\\d+)(?: \\(longest request\\))?");
    private static final Pattern NUMBER_UNIT = Pattern.compile("(\\S+) (\\S.*)");
    private static final Pattern PROGRESS = Pattern.compile("(Completed|Finished) \\d+ requests");

    private enum Section { FIELDS, TIMES, PERCENTILES }

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "ApacheBench (ab) text report"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        boolean banner = false, rps = false, level = false;
        for (String line : CliLines.headLines(head, 400)) {
            if (line.startsWith("This is ApacheBench")) banner = true;
            else if (line.startsWith("Concurrency Level:")) level = true;
            else if (line.startsWith("Requests per second:") && line.contains("[#/sec]")) rps = true;
        }
        if (rps && level) return banner ? 98 : 90;
        return banner ? 60 : 0;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        return new Parser(context, StatedLoad.read(context, FORMAT)).parse(source);
    }

    private static final class Parser {
        private final ImportContext context;
        private final ValueCheck check;
        private final StatedLoad load;
        private Section section = Section.FIELDS;
        private long firstLine;
        private Double concurrency;
        private Double seconds;
        private Long complete;
        private Long failed;
        private long[] breakdown;
        private long non2xx;
        private Double rps;
        private final List<double[]> percentiles = new ArrayList<>();
        private final List<String[]> metrics = new ArrayList<>();
        private final java.util.Map<String, double[]> times = new java.util.LinkedHashMap<>();
        private String[] timeColumns = {"min", "mean", "sd", "median", "max"};

        Parser(ImportContext context, StatedLoad load) {
            this.context = context;
            this.load = load;
            this.check = new ValueCheck(context);
        }

        ImportResult parse(TextSource source) throws IOException, ImportException {
            CliLines lines = new CliLines(source.lines(FORMAT), context);
            for (String text; (text = lines.next()) != null; ) {
                String line = text.strip();
                if (line.isEmpty()) continue;
                if (!take(line, lines.lineNumber())) context.skip(FORMAT, lines.lineNumber());
            }
            if (complete == null || rps == null) {
                throw ImportException.at(FORMAT, Math.max(1, lines.lineNumber()),
                        "an ab report ('Complete requests:' and 'Requests per second:' lines)", "none");
            }
            context.accept(FORMAT, firstLine);
            return ImportResult.ofRuns(List.of(ReportedLatency.agreeing(build(), firstLine, context)));
        }

        private boolean take(String line, long n) {
            if (PROGRESS.matcher(line).matches()) return false;
            if (line.startsWith("This is ApacheBench, Version ")) {
                context.setting("ab_version", line.substring(29).replace(" <$Revision$>", "").strip());
                return true;
            }
            if (line.equals("Connection Times (ms)")) { section = Section.TIMES; return true; }
            if (line.startsWith("Percentage of the requests served within")) { section = Section.PERCENTILES; return true; }
            Matcher m;
            if (section == Section.TIMES) {
                if (line.startsWith("min ")) {
                    timeColumns = line.replace("[+/-sd]", " sd").split("\\s+");
                    return true;
                }
                if ((m = TIMES_ROW.matcher(line)).matches()) return timesRow(m.group(1), m.group(2), n);
            }
            if (section == Section.PERCENTILES && (m = PERCENT_ROW.matcher(line)).matches()) {
                Double p = check.percent(FastDecimal.parse(m.group(1)), n, "percentage served", m.group(1) + "%");
                Long ms = check.count(m.group(2), n, "time at " + m.group(1) + "%");
                if (p != null && ms != null && check.latencyMs(ms, n, "time at " + m.group(1) + "%", m.group(2)) != null) {
                    percentiles.add(new double[] {p, ms});
                }
                return true;
            }
            if ((m = BREAKDOWN.matcher(line)).matches()) {
                breakdown = new long[4];
                for (int i = 0; i < 4; i++) breakdown[i] = Counts.parse(m.group(i + 1));
                return true;
            }
            if ((m = FIELD.matcher(line)).matches()) return field(m.group(1), m.group(2).strip(), n);
            return false;
        }

        private boolean field(String key, String value, long n) {
            switch (key) {
                case "Server Software", "Server Hostname", "Server Port", "Document Path", "Document Length",
                     "SSL/TLS Protocol", "TLS Server Name" -> context.setting("ab_" + key.toLowerCase(Locale.ROOT).replace(' ', '_'),
                        value.length() > 200 ? value.substring(0, 200) : value);
                case "Concurrency Level" -> {
                    Long c = check.count(value, n, key);
                    if (c != null && c >= 1) concurrency = c.doubleValue();
                    else if (c != null) check.reject(n, key, Sentence.of("ingest.ab.concurrency"), value);
                }
                case "Time taken for tests" -> seconds = number(value, "seconds", n, key);
                case "Complete requests" -> { complete = check.count(value, n, key); if (firstLine == 0) firstLine = n; }
                case "Failed requests" -> failed = check.count(value, n, key);
                case "Non-2xx responses" -> { Long c = check.count(value, n, key); if (c != null) non2xx = c; }
                case "Write errors", "Keep-Alive requests" -> count(key, value, n);
                case "Total transferred", "HTML transferred", "Total body sent" -> {
                    Double bytes = number(value, "bytes", n, key);
                    if (bytes != null) metrics.add(new String[] {metricName(key) + "_bytes", Double.toString(bytes)});
                }
                case "Requests per second" -> rps = number(value, "[#/sec] (mean)", n, key);
                case "Time per request" -> {
                    boolean across = value.endsWith("(mean, across all concurrent requests)");
                    Double ms = number(value, across ? "[ms] (mean, across all concurrent requests)" : "[ms] (mean)", n, key);
                    if (ms != null) metrics.add(new String[] {across ? "time_per_request_across_ms" : "time_per_request_ms", Double.toString(ms)});
                }
                case "Transfer rate" -> {
                    Matcher m = NUMBER_UNIT.matcher(value);
                    double kb = m.matches() ? FastDecimal.parse(m.group(1)) : Double.NaN;
                    if (check.nonNegative(kb, n, key, "a rate such as '802.85 [Kbytes/sec] received'", value) != null) {
                        metrics.add(new String[] {"transfer_rate_kbytes_per_s", Double.toString(kb)});
                    }
                }
                case "ERROR", "WARNING" -> context.warn(Sentence.of("ingest.ab.printed", String.valueOf(n), key, value));
                default -> {
                    return false;
                }
            }
            return true;
        }

        private void count(String key, String value, long n) {
            Long c = check.count(value, n, key);
            if (c != null) metrics.add(new String[] {metricName(key), Double.toString(c)});
        }

        private static String metricName(String key) {
            return "ab_" + key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        }

        /** "0.911 seconds" with unit "seconds" → 0.911, or null with a problem. */
        private Double number(String value, String unit, long n, String field) {
            if (!value.endsWith(" " + unit)) {
                return check.reject(n, field, Sentence.of("ingest.ab.value-unit", unit), value);
            }
            String number = value.substring(0, value.length() - unit.length() - 1).strip();
            return check.nonNegative(FastDecimal.parse(number), n, field, "a non-negative number", number);
        }

        private boolean timesRow(String row, String values, long n) {
            String[] cells = values.split("\\s+");
            if (cells.length != timeColumns.length) {
                check.rejectDescribed(n, row, Sentence.of("ingest.hey.values-named", String.valueOf(timeColumns.length),
                        String.join(", ", timeColumns)), Sentence.of("ingest.hey.values", String.valueOf(cells.length)));
                return true;
            }
            double[] ms = new double[cells.length];
            for (int i = 0; i < cells.length; i++) {
                Double v = check.latencyMs(FastDecimal.parse(cells[i]), n, row + " " + timeColumns[i], cells[i]);
                if (v == null) return true;
                ms[i] = v;
            }
            times.put(row.toLowerCase(Locale.ROOT), ms);
            return true;
        }

        private Double time(String row, String column) {
            double[] values = times.get(row);
            for (int i = 0; values != null && i < timeColumns.length; i++) {
                if (timeColumns[i].equals(column)) return values[i];
            }
            return null;
        }

        private RunData build() {
            RunDataBuilder b = RunData.builder().requests(complete).durationSeconds(seconds).throughputRps(rps)
                    .minMs(time("total", "min")).meanMs(time("total", "mean")).stdevMs(time("total", "sd"))
                    .maxMs(time("total", "max"))
                    .latencyOrigin(LatencyOrigin.REPORTED).coordinatedOmission(true)
                    .setting(RESOLUTION_SETTING, "1 ms (ab prints whole milliseconds)");
            load.apply(b, concurrency, "ab", context);
            if (failed != null) {
                long length = breakdown == null ? 0 : breakdown[2];
                b.errors(Math.max(0, failed - length) + non2xx);
                if (breakdown != null) {
                    String[] names = {"connect", "receive", "length", "exceptions"};
                    for (int i = 0; i < 4; i++) b.metric("ab_" + names[i] + "_failures", breakdown[i]);
                }
                if (length > 0) {
                    context.warn(Sentence.of("ingest.ab.length-failures", String.valueOf(length)));
                }
                b.metric("ab_failed_requests", failed);
            }
            if (non2xx > 0) b.metric("non_2xx_responses", non2xx);
            if (seconds != null && seconds > 0) b.metric(WrkReportParser.RECOMPUTED_THROUGHPUT, complete / seconds);
            for (String[] m : metrics) b.metric(m[0], Double.parseDouble(m[1]));
            times.forEach((row, values) -> {
                if (row.equals("total")) return;
                for (int i = 0; i < values.length; i++) b.metric(row + "_" + timeColumns[i] + "_ms", values[i]);
            });
            Double median = time("total", "median");
            if (median != null) b.metric("total_median_ms", median);
            for (double[] p : percentiles) b.percentile(p[0], p[1], LatencyOrigin.REPORTED);
            return b.build();
        }
    }
}
