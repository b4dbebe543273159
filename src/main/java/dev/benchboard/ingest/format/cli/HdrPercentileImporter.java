package dev.benchboard.ingest.format.cli;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.ReportedLatency;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.Percentile;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.RunDataBuilder;
import dev.benchboard.ingest.source.Text;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * HdrHistogram's percentile distribution output (Java {@code outputPercentileDistribution}, C
 * {@code hdr_percentiles_print}; classic or CSV layout): every row becomes a percentile (origin
 * HdrHistogram), the footer gives mean, standard deviation, max and the total count (= requests).
 *
 * <p>Unit: the file does not say it. HdrHistogram prints recorded values divided by the caller's
 * "output value unit scaling ratio"; the common use (wrk2, most load generators) records
 * microseconds and prints with ratio 1000, i.e. milliseconds, so values are read as milliseconds
 * unless the upload gives the hint {@code unit} = {@code us}, {@code ms} or {@code s}. The unit used
 * is stored in the run's settings. .hlog interval logs are not read by this importer.
 */
public final class HdrPercentileImporter implements Importer {

    public static final String FORMAT = "hdr-percentiles";

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "HdrHistogram percentile output"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        boolean header = false;
        boolean footer = false;
        for (String line : CliLines.headLines(head, 2000)) {
            if (HdrPercentileTable.isHeader(line)) header = true;
            if (HdrPercentileTable.isFooter(line)) footer = true;
        }
        if (!header) return 0;
        // Inside a wrk2 report the table is only a part: leave the file to the wrk2 importer.
        if (WrkSignature.of(head).wrk()) return 40;
        return footer ? 92 : 85;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        String unit = context.hint("unit") == null ? "ms" : context.hint("unit").strip().toLowerCase(Locale.ROOT);
        // Microseconds are divided, not multiplied by 0.001, so that 7303 µs becomes exactly 7.303 ms.
        DoubleUnaryOperator toMs = switch (unit) {
            case "us", "µs" -> v -> v / 1000;
            case "ms" -> v -> v;
            case "s" -> v -> v * 1000;
            default -> throw ImportException.at(FORMAT, 0, Sentence.of("ingest.hdr.unit-hint"), Text.quote(context.hint("unit")));
        };
        HdrPercentileTable table = new HdrPercentileTable(context, toMs, unit);
        CliLines lines = new CliLines(source.lines(FORMAT), context);
        long firstLine = 0;
        for (String text; (text = lines.next()) != null; ) {
            String line = text.strip();
            if (line.isEmpty()) continue;
            if (table.offer(line, lines.lineNumber())) {
                if (firstLine == 0) firstLine = lines.lineNumber();
            } else {
                context.skip(FORMAT, lines.lineNumber());
            }
        }
        if (table.isEmpty()) {
            throw ImportException.at(FORMAT, 1, Sentence.of("ingest.hdr.rows"),
                    Sentence.of(table.sawHeader() ? "ingest.hdr.header-without-rows" : "ingest.hdr.no-rows"));
        }
        context.accept(FORMAT, firstLine);
        context.setting("unit", unit);
        RunDataBuilder b = RunData.builder()
                .setting("unit", unit)
                .setting("buckets", table.buckets)
                .setting("sub_buckets", table.subBuckets)
                .requests(table.totalCount != null ? table.totalCount : table.lastCount())
                .meanMs(table.meanMs).stdevMs(table.stdevMs).maxMs(table.maxMs)
                .latencyOrigin(LatencyOrigin.HDR_HISTOGRAM);
        List<Percentile> rows = table.percentiles();
        for (Percentile p : rows) b.percentile(p.percentile(), p.valueMs(), p.origin());
        if (table.meanMs == null) context.warn(Sentence.of("ingest.hdr.no-footer"));
        return ImportResult.ofRuns(List.of(ReportedLatency.agreeing(b.build(), firstLine, context)));
    }
}
