package dev.benchboard.ingest.format.structured;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.FastDecimal;
import dev.benchboard.ingest.format.fields.PlainCells;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.evidence.RunData;
import dev.benchboard.ingest.source.CharLines;
import dev.benchboard.ingest.source.Text;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Generic raw CSV: one row per request, header-driven — {@code latency_ms} (or {@code latency_us},
 * {@code latency_s}), optional {@code status} and {@code timestamp} (epoch s/ms/µs/ns or ISO-8601);
 * other columns are ignored.
 *
 * <p>Latency origin: the percentiles come from our HdrHistogram (3 significant digits), so they are
 * {@code HDR_HISTOGRAM}, not {@code EXACT}, although every sample was seen; mean, min, max and standard
 * deviation are exact. The timestamp is read as the request's start, so the run lasts from the first
 * start to the last start + latency. Rows out of time order are kept (warning).
 *
 * <p>Built for files of gigabytes: one pass, no regex, no {@code String.split}, numbers through
 * {@link FastDecimal}, no String per line ({@link CharLines}); a row of plain cells is read in one pass
 * ({@link PlainCells}); other rows are read cell by cell, and lines with quotes take the RFC 4180 path.
 */
public final class RawLatencyCsvImporter implements Importer {

    public static final String FORMAT = "raw-latency-csv";
    private static final String[][] LATENCY_COLUMNS = {
        {"latency_ms", "1"}, {"latency_us", "0.001"}, {"latency_s", "1000"}
    };

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "Raw latency CSV (one row per request)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        Set<String> columns = CsvHead.columns(head);
        boolean latency = columns.contains("latency_ms") || columns.contains("latency_us") || columns.contains("latency_s");
        if (!latency) return 0;
        // A health prober's log (timestamp, ok, latency_ms) is not load-test traffic: leave it to probe-log-csv.
        if (columns.contains("ok")) return 20;
        return columns.contains("status") || columns.contains("timestamp") ? 90 : 80;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        CharLines line = new CharLines(source, context.limits().maxLineLength(), FORMAT);
        Layout layout = Layout.of(line);
        RequestStats stats = new RequestStats();
        RowProblems problems = new RowProblems(context);
        PlainCells cells = new PlainCells();
        boolean zoneless = false;
        while (line.next()) {
            if (line.isBlank()) continue;
            long number = line.lineNumber();
            try {
                if (!plainRow(line, number, layout, cells, stats)) zoneless |= readRow(line, number, layout, stats);
                context.accept(FORMAT, number);
            } catch (RowException e) {
                problems.add(e.problem());
            }
        }
        problems.finish(line.lineNumber(), line.lastLineUnterminated());
        if (stats.requests() == 0) throw Structured.noValidRows(FORMAT, context, line.lineNumber());
        if (zoneless) context.warn(Sentence.of("ingest.structured.raw.warning.zoneless"));
        context.warn(Structured.CLOSED_LOOP_UNKNOWN);
        stats.warnings(context, null);
        RunData run = stats.fill(RunData.builder())
                .setting("latency_column", layout.latencyName)
                .coordinatedOmission(true)
                .build();
        return ImportResult.ofRuns(List.of(run));
    }

    /**
     * The fast path for the rows of a machine-written file: the header's number of cells, plain
     * numbers, an epoch or zoned timestamp — read in one pass ({@link PlainCells}) and recorded.
     * False, with nothing recorded, for anything else: {@link #readRow} then reads it and explains.
     */
    private static boolean plainRow(CharLines line, long number, Layout layout, PlainCells cells, RequestStats stats) {
        cells.start(line);
        double latency = Double.NaN;
        long status = -1;
        long start = RequestStats.NO_TIME;
        for (int column = 0; column < layout.columns; column++) {
            if (column == layout.latency) {
                latency = cells.decimal();
            } else if (column == layout.status) {
                status = cells.integer();
                if (status < 0 || status > 999) return false;
            } else if (!cells.skip()) {
                return false;
            } else if (column == layout.timestamp) {
                start = SampleTimestamps.parse(line, cells.cellStart(), cells.cellEnd());
                if (start == SampleTimestamps.INVALID || SampleTimestamps.lacksZone(line, cells.cellStart(), cells.cellEnd())) return false;
            }
        }
        double ms = latency * layout.toMillis;
        if (!cells.complete() || !(ms >= 0 && ms <= Fields.MAX_LATENCY_MS)) return false;
        store(ms, (int) status, start, number, stats);
        return true;
    }

    /** Reads one row into the stats; returns true when its timestamp had no zone. */
    private static boolean readRow(CharLines line, long number, Layout layout, RequestStats stats) throws RowException {
        int latFrom = -1, latTo = -1, statusFrom = -1, statusTo = -1, tsFrom = -1, tsTo = -1;
        int field = 0;
        int start = 0;
        int length = line.length();
        while (true) {
            int end = line.fieldEnd(start);
            if (end < 0) return readQuotedRow(line.toString(), number, layout, stats);
            if (field == layout.latency) { latFrom = start; latTo = end; }
            else if (field == layout.status) { statusFrom = start; statusTo = end; }
            else if (field == layout.timestamp) { tsFrom = start; tsTo = end; }
            field++;
            if (end == length) break;
            start = end + 1;
        }
        if (field != layout.columns) throw new RowException(CsvRows.columnCount(number, layout.columns, field));
        return record(line, number, layout, stats, latFrom, latTo, line, statusFrom, statusTo, line, tsFrom, tsTo);
    }

    private static boolean readQuotedRow(String line, long number, Layout layout, RequestStats stats) throws RowException {
        List<String> fields = CsvHead.split(line);
        if (fields == null) {
            throw new RowException(new Problem(number, line.length(), null, Sentence.of("ingest.structured.expected.closing-quote"),
                    Sentence.of("ingest.structured.found.end-of-line")));
        }
        if (fields.size() != layout.columns) throw new RowException(CsvRows.columnCount(number, layout.columns, fields.size()));
        String lat = fields.get(layout.latency);
        String status = layout.status >= 0 ? fields.get(layout.status) : "";
        String ts = layout.timestamp >= 0 ? fields.get(layout.timestamp) : "";
        return record(lat, number, layout, stats, 0, lat.length(), status, 0, status.length(), ts, 0, ts.length());
    }

    private static boolean record(CharSequence latText, long number, Layout layout, RequestStats stats, int latFrom, int latTo,
                                  CharSequence statusText, int statusFrom, int statusTo,
                                  CharSequence tsText, int tsFrom, int tsTo) throws RowException {
        double ms = Fields.latencyMs(latText, latFrom, latTo, layout.toMillis, number, layout.latencyName);
        int status = -1;
        if (statusFrom >= 0 && statusTo > statusFrom) status = status(statusText, statusFrom, statusTo, number);
        long start = RequestStats.NO_TIME;
        boolean zoneless = false;
        if (tsFrom >= 0 && tsTo > tsFrom) {
            start = SampleTimestamps.parse(tsText, tsFrom, tsTo);
            if (start == SampleTimestamps.INVALID) {
                throw new RowException(number, "timestamp", Sentence.of("ingest.structured.raw.expected.timestamp"),
                        Fields.found(tsText, tsFrom, tsTo));
            }
            zoneless = SampleTimestamps.lacksZone(tsText, tsFrom, tsTo);
        }
        store(ms, status, start, number, stats);
        return zoneless;
    }

    private static void store(double ms, int status, long start, long number, RequestStats stats) {
        boolean error = status >= 0 && (status < 200 || status >= 400);
        stats.checkOrder(start, 0, number);
        stats.record(ms, error, status, start);
    }

    private static int status(CharSequence s, int from, int to, long number) throws RowException {
        int value = 0;
        int digits = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ' ') continue;
            if (c < '0' || c > '9' || ++digits > 3) {
                throw new RowException(number, "status", Sentence.of("ingest.structured.expected.status"),
                        Fields.found(s, from, to));
            }
            value = value * 10 + (c - '0');
        }
        if (digits == 0) return -1;
        return value;
    }

    /** Where the used columns are. */
    private record Layout(int columns, int latency, String latencyName, double toMillis, int status, int timestamp) {

        /** Reads the header: the first non-blank line. */
        static Layout of(CharLines line) throws IOException, ImportException {
            do {
                if (!line.next()) {
                    throw ImportException.at(FORMAT, 1, Sentence.of("ingest.structured.raw.expected.header"),
                            Sentence.of("ingest.structured.found.empty-file"));
                }
            } while (line.isBlank());
            List<String> header = CsvHead.split(line.toString());
            if (header == null) {
                throw new ImportException(FORMAT, line.lineNumber(), line.length(), null,
                        Sentence.of("ingest.structured.expected.closing-quote"), Sentence.of("ingest.structured.found.end-of-line"));
            }
            List<String> names = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            for (String[] candidate : LATENCY_COLUMNS) {
                int at = names.indexOf(candidate[0]);
                if (at >= 0) {
                    return new Layout(names.size(), at, candidate[0], Double.parseDouble(candidate[1]),
                            first(names, "status", "status_code"), first(names, "timestamp", "time"));
                }
            }
            throw ImportException.at(FORMAT, line.lineNumber(), Sentence.of("ingest.structured.raw.expected.latency-column"),
                    Sentence.of("ingest.structured.found.header", Text.quote(line.toString())));
        }

        private static int first(List<String> names, String... wanted) {
            for (String w : wanted) {
                int at = names.indexOf(w);
                if (at >= 0) return at;
            }
            return -1;
        }
    }
}
