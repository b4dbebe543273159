package dev.benchboard.ingest.format.cli;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.FastDecimal;
import dev.benchboard.ingest.format.fields.PlainCells;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.Latencies;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.RunDataBuilder;
import dev.benchboard.ingest.source.CharLines;
import dev.benchboard.ingest.source.Text;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * hey's per-request CSV ({@code hey -o csv}): header
 * {@code response-time,DNS+dialup,DNS,Request-write,Response-delay,Response-read,status-code,offset},
 * one row per successful request (hey leaves requests that failed without a response out), times in
 * seconds printed with 4 decimals (0.1 ms resolution), {@code offset} = when the request started,
 * in seconds since hey started. Columns are found by header name; older hey versions without
 * {@code status-code}/{@code offset} are read too (without status codes, per-second series and
 * run length).
 *
 * <p>Figures: every response time goes into the run's histogram (µs, 1 µs..1 h, 3 digits; origin
 * "0.1 ms rounded"), and the percentiles are read from it. Mean, min, max and the sample standard
 * deviation (n−1) are computed exactly from the printed values. requests = rows; errors = rows whose
 * status is outside 2xx/3xx; run length = max(offset + response-time); throughput = requests / run
 * length. Per-second series are keyed on floor(offset). The phase columns give
 * {@code <phase>_avg_ms}, {@code _fastest_ms}, {@code _slowest_ms} metrics with the same names as the
 * hey text importer's Details.
 *
 * <p>Streaming and bounded memory: one line at a time, no String per line ({@link CharLines}); a row
 * of plain numbers is parsed in one pass, anything else goes through the careful field-by-field
 * path that names the problem; memory is the histogram plus one entry per second of the run. A row with the
 * wrong number of columns, or an unusable value, is a row problem; a line without any comma, or that
 * does not start like a number (application log lines, ANSI codes), is skipped and counted.
 */
public final class HeyCsvImporter implements Importer {

    private static final Sentence SECONDS_EXPECTED = Sentence.of("ingest.hey-csv.seconds");

    public static final String FORMAT = "hey-csv";

    /** The header's columns and the metric names of the phase columns. */
    private static final String[] PHASE_COLUMNS = {"dns+dialup", "dns", "request-write", "response-delay", "response-read"};
    private static final String[] PHASE_METRICS = {"dns_dialup", "dns_lookup", "req_write", "resp_wait", "resp_read"};
    private static final double[] REPORTED_PERCENTILES = {10, 25, 50, 75, 90, 95, 99, 99.9};
    /** hey's report keeps at most this many results (requester/report.go maxRes). */
    private static final long HEY_MAX_RESULTS = 1_000_000;
    /** An offset beyond 31 days is not a hey run. */
    private static final double MAX_OFFSET_SECONDS = 31 * 24 * 3600.0;

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "hey CSV (-o csv)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        for (String line : CliLines.headLines(head, 50)) {
            if (line.isEmpty()) continue;
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("response-time,dns+dialup,dns,request-write,response-delay,response-read")) return 98;
            if (lower.contains("response-time") && lower.contains("response-delay")) return 85;
            return 0;
        }
        return 0;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        CharLines line = new CharLines(source, context.limits().maxLineLength(), FORMAT);
        do {
            if (!line.next()) throw ImportException.at(FORMAT, 1, Sentence.of("ingest.hey-csv.header-line"),
                    Sentence.of("ingest.upload.empty-found"));
        } while (line.isBlank());
        StatedLoad load = StatedLoad.read(context, FORMAT);
        return new Reader(context, Columns.of(line.toString(), line.lineNumber()), load).read(line);
    }

    /** Positions of the columns this importer uses, from the header. */
    private record Columns(int count, int responseTime, int[] phases, int status, int offset) {

        static Columns of(String header, long line) throws ImportException {
            String[] names = header.split(",", -1);
            int responseTime = -1, status = -1, offset = -1;
            int[] phases = new int[PHASE_COLUMNS.length];
            java.util.Arrays.fill(phases, -1);
            for (int i = 0; i < names.length; i++) {
                String name = names[i].strip().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "response-time" -> responseTime = i;
                    case "status-code" -> status = i;
                    case "offset" -> offset = i;
                    default -> {
                        for (int p = 0; p < PHASE_COLUMNS.length; p++) if (PHASE_COLUMNS[p].equals(name)) phases[p] = i;
                    }
                }
            }
            if (responseTime < 0) {
                throw ImportException.at(FORMAT, line, Sentence.of("ingest.hey-csv.header"), Text.quote(header));
            }
            return new Columns(names.length, responseTime, phases, status, offset);
        }
    }

    private static final class Reader {
        private final ImportContext context;
        private final Columns columns;
        private final int[] phaseColumns;
        private final int[] starts;
        private final int[] ends;
        private final double[] values;
        private final PlainCells cells = new PlainCells();
        private final Histogram histogram = Latencies.newHistogram();
        private final SecondSeries perSecond = new SecondSeries();
        private final long[] statusCounts = new long[600];
        private final double[] phaseSum = new double[PHASE_COLUMNS.length];
        private final double[] phaseMin = new double[PHASE_COLUMNS.length];
        private final double[] phaseMax = new double[PHASE_COLUMNS.length];
        private final double[] phaseValue = new double[PHASE_COLUMNS.length];
        private long rows;
        private long errors;
        private double mean;
        private double m2;
        private double minMs = Double.POSITIVE_INFINITY;
        private double maxMs = Double.NEGATIVE_INFINITY;
        private double end;
        private long belowResolution;

        private final StatedLoad load;

        Reader(ImportContext context, Columns columns, StatedLoad load) {
            this.context = context;
            this.load = load;
            this.columns = columns;
            this.phaseColumns = columns.phases();
            this.starts = new int[columns.count()];
            this.ends = new int[columns.count()];
            this.values = new double[columns.count()];
            java.util.Arrays.fill(phaseMin, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(phaseMax, Double.NEGATIVE_INFINITY);
        }

        ImportResult read(CharLines line) throws IOException, ImportException {
            while (line.next()) {
                if (line.length() == 0) continue;
                if (line.lastLineUnterminated()) {
                    // hey ends every row: a last line without its newline was cut off, maybe mid-number
                    if (!line.isBlank()) context.warn(CliLines.cutOff(line.lineNumber(), line.toString()));
                    break;
                }
                if (!plainRow(line)) {
                    row(line.toString(), line.lineNumber());
                } else if (inRange()) {
                    context.accept(FORMAT, line.lineNumber());
                    record(values[columns.responseTime()] * 1000, status(), offset());
                } else {
                    row(line.toString(), line.lineNumber());   // the careful path names the bad field
                }
            }
            if (rows == 0) {
                throw ImportException.at(FORMAT, line.lineNumber(), Sentence.of("ingest.hey-csv.rows-expected"),
                        context.rejected() > 0 ? Sentence.of("ingest.hey-csv.none-usable", String.valueOf(context.rejected()))
                                : Sentence.of("ingest.upload.no-records-found"));
            }
            return ImportResult.ofRuns(java.util.List.of(build()));
        }

        /**
         * The fast path for the rows hey writes — exactly the header's number of columns, each a plain
         * unsigned number — read in one pass ({@link PlainCells}). False for anything else, which
         * {@link #row} then reads field by field and explains.
         */
        private boolean plainRow(CharLines line) {
            cells.start(line);
            for (int column = 0; column < values.length; column++) {
                double value = column == columns.status() ? cells.integer() : cells.decimal();
                if (!(value >= 0)) return false;
                values[column] = value;
            }
            return cells.complete();
        }

        /** The range checks of {@link #row} on a plain row's values. */
        private boolean inRange() {
            double maxSeconds = ValueCheck.MAX_LATENCY_MS / 1000;
            if (values[columns.responseTime()] > maxSeconds) return false;
            for (int column : phaseColumns) {
                if (column >= 0 && values[column] > maxSeconds) return false;
            }
            if (columns.status() >= 0 && (values[columns.status()] < 100 || values[columns.status()] > 599)) return false;
            if (columns.offset() >= 0 && values[columns.offset()] > MAX_OFFSET_SECONDS) return false;
            for (int p = 0; p < phaseColumns.length; p++) {
                if (phaseColumns[p] >= 0) phaseValue[p] = values[phaseColumns[p]] * 1000;
            }
            return true;
        }

        private int status() {
            return columns.status() >= 0 ? (int) values[columns.status()] : -1;
        }

        private double offset() {
            return columns.offset() >= 0 ? values[columns.offset()] : Double.NaN;
        }

        private void row(String line, long n) throws ImportException {
            if (line.regionMatches(true, 0, "response-time", 0, 13)) {
                // Before the column count: a second header has hey's 8 columns too, and is no bad request row.
                context.skip();
                context.warn(Sentence.of("ingest.hey-csv.second-header", String.valueOf(n)));
                return;
            }
            int found = split(line);
            if (found != columns.count()) {
                if (isForeign(line, found)) {
                    context.skip(FORMAT, n);
                } else {
                    context.reject(new Problem(n, null, null, Sentence.of("ingest.hey-csv.columns", String.valueOf(columns.count())),
                            Integer.toString(found)));
                }
                return;
            }
            double seconds = FastDecimal.parse(line, starts[columns.responseTime()], ends[columns.responseTime()]);
            if (!(seconds >= 0) || seconds > ValueCheck.MAX_LATENCY_MS / 1000) {
                problem(n, columns.responseTime(), "response-time", SECONDS_EXPECTED, line);
                return;
            }
            int[] phases = phaseColumns;
            for (int p = 0; p < phases.length; p++) {
                if (phases[p] < 0) continue;
                double v = FastDecimal.parse(line, starts[phases[p]], ends[phases[p]]);
                if (!(v >= 0) || v > ValueCheck.MAX_LATENCY_MS / 1000) {
                    problem(n, phases[p], PHASE_COLUMNS[p], SECONDS_EXPECTED, line);
                    return;
                }
                phaseValue[p] = v * 1000;
            }
            int status = -1;
            if (columns.status() >= 0) {
                long code = Counts.parse(line, starts[columns.status()], ends[columns.status()]);
                if (code < 100 || code > 599) {
                    problem(n, columns.status(), "status-code", Sentence.of("ingest.hey-csv.status"), line);
                    return;
                }
                status = (int) code;
            }
            double offset = Double.NaN;
            if (columns.offset() >= 0) {
                offset = FastDecimal.parse(line, starts[columns.offset()], ends[columns.offset()]);
                if (!(offset >= 0) || offset > MAX_OFFSET_SECONDS) {
                    problem(n, columns.offset(), "offset", Sentence.of("ingest.hey-csv.offset"), line);
                    return;
                }
            }
            context.accept(FORMAT, n);
            record(seconds * 1000, status, offset);
        }

        private void record(double ms, int status, double offset) {
            rows++;
            double delta = ms - mean;           // Welford: stable mean and variance in one pass
            mean += delta / rows;
            m2 += delta * (ms - mean);
            if (ms < minMs) minMs = ms;
            if (ms > maxMs) maxMs = ms;
            // Rows over 1 h were rejected, so a clamp here can only be a 0.0000 s row raised to 1 µs.
            if (!Latencies.recordMillis(histogram, ms)) belowResolution++;
            for (int p = 0; p < phaseValue.length; p++) {
                if (phaseColumns[p] < 0) continue;
                phaseSum[p] += phaseValue[p];
                if (phaseValue[p] < phaseMin[p]) phaseMin[p] = phaseValue[p];
                if (phaseValue[p] > phaseMax[p]) phaseMax[p] = phaseValue[p];
            }
            boolean error = status >= 0 && (status < 200 || status >= 400);
            if (status >= 0) statusCounts[status]++;
            if (error) errors++;
            if (!Double.isNaN(offset)) {
                perSecond.add((long) Math.floor(offset), ms, error);
                end = Math.max(end, offset + ms / 1000);
            }
        }

        /** Field boundaries into starts/ends; returns the number of fields (may exceed the array). */
        private int split(String line) {
            int fields = 0;
            int start = 0;
            int length = line.length();
            for (int i = 0; i <= length; i++) {
                if (i == length || line.charAt(i) == ',') {
                    if (fields < starts.length) {
                        starts[fields] = start;
                        ends[fields] = i;
                    }
                    fields++;
                    start = i + 1;
                }
            }
            return fields;
        }

        /** Not a CSV row of hey's at all: no comma, ANSI codes, or not starting like a number. */
        private static boolean isForeign(String line, int fields) {
            if (fields == 1 || line.indexOf('\u001B') >= 0) return true;
            char c = line.charAt(0);
            return !((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == ',' || c == ' ');
        }

        private void problem(long n, int column, String field, Sentence expected, String line) {
            context.reject(new Problem(n, column + 1, field, expected,
                    Text.quote(line.substring(starts[column], ends[column]))));
        }

        private RunData build() {
            RunDataBuilder b = RunData.builder()
                    .requests(rows)
                    .meanMs(mean).minMs(minMs).maxMs(maxMs)
                    .stdevMs(rows > 1 ? Math.sqrt(m2 / (rows - 1)) : null)
                    .histogram(histogram)
                    .latencyOrigin(LatencyOrigin.ROUNDED_0_1_MS)
                    .coordinatedOmission(true);
            load.apply(b, null, "hey", context);   // hey's CSV has no -c either
            for (double p : REPORTED_PERCENTILES) {
                b.percentile(p, histogram.getValueAtPercentile(p) / 1000.0, LatencyOrigin.ROUNDED_0_1_MS);
            }
            if (columns.status() >= 0) {
                b.errors(errors);
                for (int code = 0; code < statusCounts.length; code++) {
                    if (statusCounts[code] > 0) b.statusCode(code, statusCounts[code]);
                }
            }
            if (columns.offset() >= 0 && end > 0) {
                b.durationSeconds(end).throughputRps(rows / end).perSecond(perSecond.buckets());
            }
            for (int p = 0; p < PHASE_COLUMNS.length; p++) {
                if (columns.phases()[p] < 0) continue;
                b.metric(PHASE_METRICS[p] + "_avg_ms", phaseSum[p] / rows);
                b.metric(PHASE_METRICS[p] + "_fastest_ms", phaseMin[p]);
                b.metric(PHASE_METRICS[p] + "_slowest_ms", phaseMax[p]);
            }
            if (belowResolution > 0) {
                context.warn(Sentence.of("ingest.hey-csv.below-resolution", String.valueOf(belowResolution)));
            }
            if (rows + context.rejected() >= HEY_MAX_RESULTS) {
                context.warn(Sentence.of("ingest.hey-csv.max-results"));
            }
            if (columns.offset() < 0) {
                context.warn(Sentence.of("ingest.hey-csv.no-offset"));
            }
            return b.build();
        }
    }
}
