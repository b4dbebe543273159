package dev.benchboard.ingest.format.locust;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.cli.StatedLoad;
import dev.benchboard.ingest.format.fields.CsvRecord;
import dev.benchboard.ingest.format.fields.CsvTable;
import dev.benchboard.ingest.format.fields.ReportedLatency;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.RunDataBuilder;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Locust's request statistics, {@code PREFIX_stats.csv} of {@code locust --headless --csv PREFIX}
 * (Locust 2.x): header {@code Type,Name,Request Count,Failure Count,Median Response Time,Average Response
 * Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,…,100%}, one row
 * per request name and a last row {@code ,Aggregated,…} for the whole test.
 *
 * <p>The run is the Aggregated row: requests = Request Count, errors = Failure Count (Locust's own verdict:
 * an HTTP error status, a connection error, or a failure the locustfile declared), throughput = Requests/s
 * (Locust's count / (last request − start)), duration = Request Count / Requests/s, percentiles as printed
 * (see {@link LocustEntry} for their rounding). Each request name's count, failures, P50, P99 and req/s are
 * kept as metrics named after it. The file does not say the number of users: the upload can state it
 * ({@code concurrency}); the history file has it. Locust's users are closed-loop (coordinated omission is
 * not corrected). Locust 2.12 rewrites this file every second but flushes it only every 10 s and not at
 * exit, so the file of a run busy to its last second holds an earlier state than the summary printed at exit.
 */
public final class LocustStatsCsvImporter implements Importer {

    public static final String FORMAT = "locust-stats";
    private static final int MAX_NAMED_ENTRIES = 100;

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "Locust statistics CSV (--csv …_stats.csv)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        List<String> c = CsvTable.columnsOf(head);
        boolean start = c.size() > 4 && c.get(0).equals("type") && c.get(1).equals("name")
                && c.get(2).equals("request count") && c.get(3).equals("failure count");
        return start && c.contains("requests/s") ? 98 : start ? 70 : 0;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        StatedLoad load = StatedLoad.read(context, FORMAT);
        CsvTable csv = CsvTable.open(source, FORMAT);
        LocustEntry.Columns columns = LocustEntry.Columns.of(csv, "");
        LocustEntry aggregated = null;
        long aggregatedLine = 0;
        List<LocustEntry> named = new ArrayList<>();
        for (CsvRecord row; (row = csv.next()) != null; ) {
            if (csv.lastLineUnterminated()) {
                context.warn(LocustFiles.cutOff(row.line()));
                break;
            }
            try {
                LocustEntry entry = LocustEntry.read(row, columns);
                if (entry.aggregated()) {
                    aggregated = entry;
                    aggregatedLine = row.line();
                } else if (named.size() < MAX_NAMED_ENTRIES) {
                    named.add(entry);
                }
                context.accept(FORMAT, row.line());
            } catch (RowProblem p) {
                context.reject(p.problem());
            }
        }
        if (aggregated == null) {
            if (!context.problems().isEmpty()) throw ImportException.of(FORMAT, context.problems().getFirst());
            throw ImportException.at(FORMAT, csv.headerLine() + Math.max(1, named.size()),
                    Sentence.of("ingest.locust.expected.aggregated-row"),
                    Sentence.of(named.isEmpty() ? "ingest.locust.found.no-rows" : "ingest.locust.found.only-named"));
        }
        RunDataBuilder b = RunData.builder();
        aggregated.latencyOn(b, true);
        b.throughputRps(aggregated.rps());
        if (aggregated.rps() != null && aggregated.rps() > 0) b.durationSeconds(aggregated.requests() / aggregated.rps());
        if (aggregated.failuresPerSecond() != null) b.metric("failures_per_second", aggregated.failuresPerSecond());
        for (LocustEntry e : named) LocustFiles.entryMetrics(b, e, true);
        load.apply(b, null, "Locust", context);
        return ImportResult.ofRuns(List.of(ReportedLatency.agreeing(b.build(), aggregatedLine, context)));
    }
}
