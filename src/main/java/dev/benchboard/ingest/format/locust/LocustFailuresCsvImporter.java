package dev.benchboard.ingest.format.locust;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.chaos.CellSentences;
import dev.benchboard.ingest.format.fields.CsvRecord;
import dev.benchboard.ingest.format.fields.CsvTable;
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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Locust's failures, {@code PREFIX_failures.csv} (Locust 2.x {@code --csv}): header
 * {@code Method,Name,Error,Occurrences}, one row per request name and distinct error, e.g.
 * {@code GET,/flaky,"HTTPError('500 Server Error: …')",53} or
 * {@code GET,/flaky,RemoteDisconnected('Remote end closed connection without response'),19}.
 *
 * <p>Not a load-test run (the file has no request count or latency): one record of the run's failures.
 * errors = the sum of Occurrences; an {@code HTTPError('NNN …')} counts as status NNN, any other error
 * (connection refused, reset, timeout, a failure the locustfile declared) as status 0, "no HTTP status";
 * each row's count is kept as a metric named "METHOD NAME: ERROR" (the error text clipped to 120
 * characters). A file with the header only (a run without failures) is refused: nothing to import.
 */
public final class LocustFailuresCsvImporter implements Importer {

    public static final String FORMAT = "locust-failures";
    private static final Pattern HTTP_ERROR = Pattern.compile("HTTPError\\('([1-5]\\d\\d) .*", Pattern.DOTALL);
    private static final int MAX_METRICS = 200;

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "Locust failures CSV (--csv …_failures.csv)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        return CsvTable.columnsOf(head).equals(List.of("method", "name", "error", "occurrences")) ? 98 : 0;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        CsvTable csv = CsvTable.open(source, FORMAT);
        int method = csv.required("Method");
        int name = csv.required("Name");
        int error = csv.required("Error");
        int occurrences = csv.required("Occurrences");
        RunDataBuilder b = RunData.builder();
        long errors = 0;
        int metrics = 0;
        for (CsvRecord row; (row = csv.next()) != null; ) {
            if (csv.lastLineUnterminated()) {
                context.warn(LocustFiles.cutOff(row.line()));
                break;
            }
            try {
                String message = row.name(error);
                if (message == null) {
                    throw row.problem(error, Sentence.of("ingest.locust.expected.error"),
                            Sentence.of("ingest.locust.found.empty-cell"));
                }
                long count = (long) row.number(occurrences, 1, Long.MAX_VALUE, Sentence.of("ingest.locust.what.occurrences"));
                String request = row.name(method) == null ? row.name(name) : row.name(method) + " " + row.name(name);
                Matcher m = HTTP_ERROR.matcher(message);
                b.statusCode(m.matches() ? Integer.parseInt(m.group(1)) : 0, count);
                errors += count;
                if (metrics++ < MAX_METRICS) {
                    String clipped = message.length() > 120 ? message.substring(0, 119) + "…" : message;
                    b.metric(request + ": " + clipped, count);
                }
                context.accept(FORMAT, row.line());
            } catch (RowProblem p) {
                context.reject(p.problem());
            }
        }
        // a run without failures leaves the header only: nothing to import (its _stats.csv has the run)
        CellSentences.requireRecords(csv, (int) Math.min(Integer.MAX_VALUE, context.accepted()), context, FORMAT,
                Sentence.of("ingest.locust.expected.failure-row"));
        return ImportResult.ofRuns(List.of(b.errors(errors).build()));
    }
}
