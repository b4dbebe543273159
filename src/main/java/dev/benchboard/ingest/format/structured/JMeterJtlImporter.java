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
import dev.benchboard.ingest.source.CsvLines;
import dev.benchboard.ingest.source.LineReader;
import dev.benchboard.ingest.source.Text;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * JMeter JTL in CSV form: header {@code timeStamp,elapsed,label,responseCode,responseMessage,
 * threadName,dataType,success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,
 * IdleTime,Connect} — the header decides, any subset with {@code timeStamp}, {@code elapsed} and
 * {@code label} works, extra columns are ignored. Messages may be quoted and contain commas.
 *
 * <p>One {@link RunData} per label (JMeter's own grouping), in first-seen order. {@code timeStamp} is
 * the sample's start in epoch ms (JMeter's default {@code sampleresult.timestamp.start=true}; a
 * configured date format is read as ISO-8601), {@code elapsed} its latency in ms (JMeter's
 * resolution, so percentiles are whole milliseconds). Errors are {@code success=false}, JMeter's
 * own verdict including failed assertions. A {@code responseCode} that is not a number
 * ({@code Non HTTP response code: java.net.ConnectException}) is counted as status 0, "no HTTP
 * response". Concurrency is the largest {@code allThreads} seen with the label. JMeter's thread
 * groups are closed-loop, so coordinated omission applies.
 */
public final class JMeterJtlImporter implements Importer {

    public static final String FORMAT = "jmeter-jtl";
    /** Each label holds a histogram of ~190 KB; labels made of URLs with ids would otherwise explode. */
    static final int MAX_LABELS = 200;
    /** JMeter threads write samples as they finish: order is only loosely kept. */
    private static final long ORDER_TOLERANCE_NANOS = 1_000_000_000L;

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "JMeter JTL (CSV)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        Set<String> columns = CsvHead.columns(head);
        if (!columns.contains("timestamp") || !columns.contains("elapsed")) return 0;
        if (columns.contains("label")) return columns.contains("responsecode") || columns.contains("success") ? 95 : 85;
        return 50;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        LineReader lines = source.lines(FORMAT);
        CsvLines csv = CsvLines.open(lines, FORMAT);
        Columns col = Columns.of(csv);
        Map<String, LabelRun> labels = new LinkedHashMap<>();
        RowProblems problems = new RowProblems(context);
        boolean zoneless = false;
        for (List<String> cells; (cells = CsvRows.next(csv, problems)) != null; ) {
            long line = csv.lineNumber();
            if (cells.size() != col.count) {
                problems.add(CsvRows.columnCount(line, col.count, cells.size()));
                continue;
            }
            try {
                String label = cells.get(col.label);
                LabelRun run = labels.get(label);
                if (run == null) {
                    if (labels.size() == MAX_LABELS) {
                        throw new RowException(line, "label",
                                Sentence.of("ingest.structured.jmeter.expected.labels", String.valueOf(MAX_LABELS)), Text.quote(label));
                    }
                    run = new LabelRun();
                }
                zoneless |= run.add(cells, col, line);
                labels.putIfAbsent(label, run);
                context.accept(FORMAT, line);
            } catch (RowException e) {
                problems.add(e.problem());
            }
        }
        problems.finish(lines);
        if (labels.isEmpty()) throw Structured.noValidRows(FORMAT, context, lines.lineNumber());
        if (zoneless) context.warn(Sentence.of("ingest.structured.jmeter.warning.zoneless"));
        context.warn(Sentence.of("ingest.structured.jmeter.warning.closed-loop"));
        List<RunData> runs = new ArrayList<>();
        labels.forEach((label, run) -> runs.add(run.build(label, context)));
        return ImportResult.ofRuns(runs);
    }

    /** Positions of the columns used; -1 for those the file lacks. */
    private record Columns(int count, int timeStamp, int elapsed, int label, int responseCode, int success,
                           int allThreads, int grpThreads, int bytes, int sentBytes, int latency, int connect, int url) {

        static Columns of(CsvLines csv) throws ImportException {
            Columns c = new Columns(csv.header().size(), csv.column("timeStamp"), csv.column("elapsed"),
                    csv.column("label"), csv.column("responseCode"), csv.column("success"), csv.column("allThreads"),
                    csv.column("grpThreads"), csv.column("bytes"), csv.column("sentBytes"), csv.column("Latency"),
                    csv.column("Connect"), csv.column("URL"));
            if (c.timeStamp < 0 || c.elapsed < 0 || c.label < 0) {
                throw ImportException.at(FORMAT, csv.lineNumber(), Sentence.of("ingest.structured.jmeter.expected.header"),
                        Sentence.of("ingest.structured.found.header", Text.quote(String.join(",", csv.header()))));
            }
            return c;
        }
    }

    /** What one label's samples add up to. */
    private static final class LabelRun {
        private final RequestStats stats = new RequestStats();
        private double maxThreads = -1;
        private long bytes;
        private long sentBytes;
        private double latencySumMs;
        private long latencyCount;
        private double connectSumMs;
        private long connectCount;
        private String url;

        /** Adds a row (all cells checked before anything is counted); true when its time had no zone. */
        boolean add(List<String> cells, Columns col, long line) throws RowException {
            String ts = cells.get(col.timeStamp);
            long start = SampleTimestamps.parse(ts);
            if (start == SampleTimestamps.INVALID) {
                throw new RowException(line, "timeStamp", Sentence.of("ingest.structured.jmeter.expected.timestamp"),
                        Fields.found(ts, 0, ts.length()));
            }
            double elapsed = Fields.latencyMs(cells.get(col.elapsed), 1, line, "elapsed");
            int status = col.responseCode < 0 ? -1 : status(cells.get(col.responseCode));
            boolean error = col.success >= 0 ? !success(cells.get(col.success), line) : status < 200 || status >= 400;
            double threads = optional(cells, col.allThreads, line, "allThreads");
            if (threads < 0) threads = optional(cells, col.grpThreads, line, "grpThreads");
            double received = optional(cells, col.bytes, line, "bytes");
            double sent = optional(cells, col.sentBytes, line, "sentBytes");
            double latency = col.latency < 0 || cells.get(col.latency).isBlank() ? -1
                    : Fields.latencyMs(cells.get(col.latency), 1, line, "Latency");
            double connect = col.connect < 0 || cells.get(col.connect).isBlank() ? -1
                    : Fields.latencyMs(cells.get(col.connect), 1, line, "Connect");

            stats.checkOrder(start + Math.round(elapsed * 1e6), ORDER_TOLERANCE_NANOS, line);
            stats.record(elapsed, error, status, start);
            maxThreads = Math.max(maxThreads, threads);
            if (received > 0) bytes += (long) received;
            if (sent > 0) sentBytes += (long) sent;
            if (latency >= 0) { latencySumMs += latency; latencyCount++; }
            if (connect >= 0) { connectSumMs += connect; connectCount++; }
            if (url == null && col.url >= 0 && !cells.get(col.url).isBlank() && !cells.get(col.url).equals("null")) {
                url = cells.get(col.url);
            }
            return SampleTimestamps.lacksZone(ts, 0, ts.length());
        }

        RunData build(String label, ImportContext context) {
            RunDataBuilder run = stats.fill(RunData.builder()).label(label).coordinatedOmission(true);
            if (maxThreads >= 0) run.concurrency(maxThreads);
            if (bytes > 0) run.metric("bytes_received", bytes);
            if (sentBytes > 0) run.metric("bytes_sent", sentBytes);
            if (latencyCount > 0) run.metric("latency_mean_ms", latencySumMs / latencyCount);
            if (connectCount > 0) run.metric("connect_mean_ms", connectSumMs / connectCount);
            run.setting("url", url);
            stats.warnings(context, Sentence.of("ingest.structured.run.label", Text.quote(label)));
            return run.build();
        }

        /** HTTP status; 0 when JMeter got no HTTP response (a text such as "Non HTTP response code: …"). */
        private static int status(String cell) {
            String s = cell.strip();
            if (s.isEmpty()) return -1;
            if (s.length() <= 3 && s.chars().allMatch(Character::isDigit)) return Integer.parseInt(s);
            return 0;
        }

        private static boolean success(String cell, long line) throws RowException {
            String s = cell.strip().toLowerCase(Locale.ROOT);
            if (s.equals("true")) return true;
            if (s.equals("false")) return false;
            throw new RowException(new Problem(line, null, "success", Sentence.of("ingest.structured.expected.true-false"),
                    Fields.found(cell, 0, cell.length())));
        }

        /** A number ≥ 0 from an optional column; -1 when the column or the cell is empty. */
        private static double optional(List<String> cells, int column, long line, String name) throws RowException {
            if (column < 0 || cells.get(column).isBlank()) return -1;
            return Fields.nonNegative(cells.get(column), line, name);
        }
    }
}
