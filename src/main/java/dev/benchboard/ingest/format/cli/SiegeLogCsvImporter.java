package dev.benchboard.ingest.format.cli;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.FastDecimal;
import dev.benchboard.evidence.DataKind;
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
import java.util.Locale;

/**
 * siege's log ({@code siege --log=FILE}, siege 4.0.7): a header
 * {@code Date & Time, Trans, Elap Time, Data Trans, Resp Time, Trans Rate, Throughput, Concurrent, OKAY, Failed}
 * and one row per siege run appended to it; siege also writes {@code **** text ****} lines there (a
 * {@code -m} mark, or {@code **** siege aborted due to excessive socket failure. ****} after the row of
 * the run it ended). Each row becomes one run labelled with its date and time.
 *
 * <p>Figures as in {@link SiegeTextImporter}: requests = Trans + Failed (Failed = responses ≥ 400 and
 * socket failures), errors = Failed, run length = Elap Time, throughput = Trans
 * Rate, mean = Resp Time (s, 2 decimals: 10 ms resolution); "Concurrent" is siege's mean number of
 * simultaneous connections ({@code siege_concurrency_mean}), not its -c, which the log does not
 * record (the upload can state it). Data Trans (whole MB) and Throughput (MB/s) are kept as metrics;
 * OKAY (siege's own count of responses &lt; 400) as {@code siege_okay}.
 */
public final class SiegeLogCsvImporter implements Importer {

    public static final String FORMAT = "siege-log";
    private static final String[] COLUMNS = {"date & time", "trans", "elap time", "data trans", "resp time",
            "trans rate", "throughput", "concurrent", "okay", "failed"};

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "siege log CSV (--log)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        return isHeader(CliLines.firstHeadLine(head)) ? 98 : 0;
    }

    private static boolean isHeader(String line) {
        String[] cells = line.split(",", -1);
        if (cells.length != COLUMNS.length) return false;
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].strip().toLowerCase(Locale.ROOT).equals(COLUMNS[i])) return false;
        }
        return true;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        CliLines lines = new CliLines(source.lines(FORMAT), context);
        lines.header(FORMAT, Sentence.of("ingest.siege-log.header"), SiegeLogCsvImporter::isHeader);
        StatedLoad load = StatedLoad.read(context, FORMAT);
        ValueCheck check = new ValueCheck(context);
        List<RunDataBuilder> runs = new ArrayList<>();
        String mark = null;
        for (String line; (line = lines.next()) != null; ) {
            String text = line.strip();
            if (text.isEmpty()) continue;
            long n = lines.lineNumber();
            if (text.startsWith("****")) {
                String note = text.replaceAll("^\\*+\\s*|\\s*\\*+$", "");
                if (note.contains("siege aborted") && !runs.isEmpty()) {
                    runs.getLast().setting("siege_aborted", note.length() > 200 ? note.substring(0, 200) : note);
                    context.warn(Sentence.of("ingest.siege-log.aborted", String.valueOf(n), note));
                } else {
                    mark = note.length() > 200 ? note.substring(0, 200) : note;
                }
                continue;
            }
            if (isHeader(text)) { context.skip(); continue; }
            String[] cells = text.split(",", -1);
            if (cells.length != COLUMNS.length) {
                context.reject(new Problem(n, null, null, Sentence.of("ingest.siege-log.columns", String.valueOf(COLUMNS.length)), Integer.toString(cells.length)));
                continue;
            }
            RunDataBuilder run = row(cells, n, check);
            if (run == null) continue;
            context.accept(FORMAT, n);
            if (mark != null) run.setting("siege_mark", mark);
            load.apply(run, null, "siege", context);
            runs.add(run);
        }
        if (runs.isEmpty()) {
            throw ImportException.at(FORMAT, Math.max(1, lines.lineNumber()), Sentence.of("ingest.siege-log.rows"),
                    context.rejected() > 0 ? Sentence.of("ingest.hey-csv.none-usable", String.valueOf(context.rejected()))
                            : Sentence.of("ingest.upload.no-records-found"));
        }
        return ImportResult.ofRuns(runs.stream().map(RunDataBuilder::build).toList());
    }

    private static RunDataBuilder row(String[] cells, long n, ValueCheck check) {
        String when = cells[0].strip();
        Long trans = check.count(cells[1].strip(), n, "Trans");
        Double elapsed = check.nonNegative(FastDecimal.parse(cells[2].strip()), n, "Elap Time", "seconds ≥ 0", cells[2].strip());
        Double data = check.nonNegative(FastDecimal.parse(cells[3].strip()), n, "Data Trans", "MB ≥ 0", cells[3].strip());
        Double resp = check.latencyMs(FastDecimal.parse(cells[4].strip()) * 1000, n, "Resp Time", cells[4].strip());
        Double rate = check.nonNegative(FastDecimal.parse(cells[5].strip()), n, "Trans Rate", "transactions/s ≥ 0", cells[5].strip());
        Double throughput = check.nonNegative(FastDecimal.parse(cells[6].strip()), n, "Throughput", "MB/s ≥ 0", cells[6].strip());
        Double concurrent = check.nonNegative(FastDecimal.parse(cells[7].strip()), n, "Concurrent", "a mean concurrency ≥ 0", cells[7].strip());
        Long okay = check.count(cells[8].strip(), n, "OKAY");
        Long failed = check.count(cells[9].strip(), n, "Failed");
        if (trans == null || elapsed == null || data == null || resp == null || rate == null || throughput == null
                || concurrent == null || okay == null || failed == null) {
            return null;   // the problem was reported by the check
        }
        RunDataBuilder b = RunData.builder().label(when.length() > 100 ? when.substring(0, 100) : when)
                .requests(trans + failed).errors(failed).durationSeconds(elapsed).throughputRps(rate).meanMs(resp)
                .latencyOrigin(LatencyOrigin.REPORTED).coordinatedOmission(true)
                .setting("latency_resolution", "10 ms (siege prints seconds with 2 decimals)")
                .metric("siege_concurrency_mean", concurrent).metric("data_transferred_mb", data)
                .metric("throughput_mb_per_s", throughput).metric("siege_okay", okay).metric("failed_transactions", failed);
        if (elapsed > 0) b.metric(WrkReportParser.RECOMPUTED_THROUGHPUT, trans / elapsed);
        return b;
    }
}
