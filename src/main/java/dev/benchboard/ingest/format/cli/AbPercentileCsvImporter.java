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
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.RunDataBuilder;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.List;

/**
 * ApacheBench's percentile CSV ({@code ab -e file.csv}): header {@code Percentage served,Time in ms},
 * then one row per whole percentage 0..100 with the time in ms (3 decimals). ab takes each value from
 * its requests sorted by total time (an order statistic at rank ≈ n·p/100), so 0 % is the fastest and
 * 100 % the slowest request (in the fixture, 100 % = 44.132 ms where the text report prints the longest
 * request as 44 ms). Percentiles are ab's own (origin reported, 1 µs printed resolution); min = the
 * 0 % row, max = the 100 % row. The file says nothing of requests, errors or load: those come from the
 * text report of the same run (format {@code ab}).
 */
public final class AbPercentileCsvImporter implements Importer {

    public static final String FORMAT = "ab-percentiles";
    private static final String HEADER = "Percentage served,Time in ms";

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "ApacheBench percentile CSV (ab -e)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        return CliLines.firstHeadLine(head).equalsIgnoreCase(HEADER) ? 98 : 0;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        CliLines lines = new CliLines(source.lines(FORMAT), context);
        ValueCheck check = new ValueCheck(context);
        lines.header(FORMAT, Sentence.of("ingest.ab.header", HEADER), HEADER::equalsIgnoreCase);
        StatedLoad load = StatedLoad.read(context, FORMAT);
        RunDataBuilder b = RunData.builder().latencyOrigin(LatencyOrigin.REPORTED).coordinatedOmission(true)
                .setting(AbTextImporter.RESOLUTION_SETTING, "0.001 ms (ab -e prints 3 decimals of ms)");
        int rows = 0;
        long firstLine = 0;
        for (String line; (line = lines.next()) != null; ) {
            if (line.isBlank()) continue;
            long n = lines.lineNumber();
            String[] cells = line.split(",", -1);
            if (cells.length != 2) {
                context.reject(new Problem(n, null, null, Sentence.of("ingest.ab-e.columns"), Integer.toString(cells.length)));
                continue;
            }
            Double p = check.percent(FastDecimal.parse(cells[0].strip()), n, "Percentage served", cells[0]);
            if (p == null) continue;
            Double ms = check.latencyMs(FastDecimal.parse(cells[1].strip()), n, "Time in ms", cells[1]);
            if (ms == null) continue;
            context.accept(FORMAT, n);
            if (firstLine == 0) firstLine = n;
            rows++;
            if (p == 0) b.minMs(ms);
            if (p == 100) b.maxMs(ms);
            b.percentile(p, ms, LatencyOrigin.REPORTED);
        }
        if (rows == 0) {
            throw ImportException.at(FORMAT, Math.max(1, lines.lineNumber()), Sentence.of("ingest.ab-e.rows"),
                    Sentence.of("ingest.upload.no-records-found"));
        }
        load.apply(b, null, "ab", context);
        return ImportResult.ofRuns(List.of(ReportedLatency.agreeing(b.build(), firstLine, context)));
    }
}
