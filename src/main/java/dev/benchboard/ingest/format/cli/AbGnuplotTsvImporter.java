package dev.benchboard.ingest.format.cli;

import dev.benchboard.format.Sentence;
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
import dev.benchboard.evidence.SecondBucket;
import dev.benchboard.ingest.source.Text;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * ApacheBench's per-request TSV ({@code ab -g file.tsv}): header
 * {@code starttime	seconds	ctime	dtime	ttime	wait}, one row per request: the start as ctime(3)
 * text and as epoch seconds, then connect, processing (total − connect), total and waiting time, each
 * rounded to a whole ms by ab. ab writes the rows sorted by total time, not by time, so the per-second
 * series is keyed on the {@code seconds} column (offset from the earliest second), never on row order.
 *
 * <p>Figures: every total time goes into the run's histogram (µs, 1 µs..1 h, 3 digits; origin "whole
 * ms"; a 0 ms row, i.e. under 0.5 ms, is recorded as 1 µs and counted in a warning), percentiles are
 * read from it; mean, min, max and the sample standard deviation (n−1) are exact over the printed
 * values; requests = rows. The file has no status and no failure flag (failed requests are written
 * like the others), so errors are unknown, and with start times in whole seconds the run's length and
 * throughput are not computed from it: the text report of the same run has them. Phase columns give
 * {@code connect_avg_ms}, {@code processing_avg_ms}, {@code waiting_avg_ms}. ab is closed-loop:
 * coordinated omission not corrected.
 */
public final class AbGnuplotTsvImporter implements Importer {

    public static final String FORMAT = "ab-gnuplot";
    private static final String HEADER = "starttime\tseconds\tctime\tdtime\tttime\twait";
    private static final double[] REPORTED_PERCENTILES = {50, 66, 75, 80, 90, 95, 98, 99, 99.9, 100};
    private static final String[] COLUMNS = {"ctime", "dtime", "ttime", "wait"};

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "ApacheBench per-request TSV (ab -g)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        return CliLines.firstHeadLine(head).equals(HEADER) ? 98 : 0;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        CliLines lines = new CliLines(source.lines(FORMAT), context);
        lines.header(FORMAT, Sentence.of("ingest.ab.header", HEADER.replace("\t", "\\t")), HEADER::equals);
        StatedLoad load = StatedLoad.read(context, FORMAT);
        Histogram histogram = Latencies.newHistogram();
        SecondSeries perSecond = new SecondSeries();
        double[] phaseSum = new double[4];
        long rows = 0, zeros = 0;
        double mean = 0, m2 = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        long firstSecond = Long.MAX_VALUE;
        for (String line; (line = lines.next()) != null; ) {
            if (line.isBlank()) continue;
            long n = lines.lineNumber();
            String[] cells = line.split("\t", -1);
            if (cells.length != 6) {
                if (cells.length == 1) context.skip(FORMAT, n);
                else context.reject(new Problem(n, null, null, Sentence.of("ingest.ab-g.columns"), Integer.toString(cells.length)));
                continue;
            }
            long second = Counts.parse(cells[1]);
            if (second < 0) {
                context.reject(new Problem(n, 2, "seconds", Sentence.of("ingest.ab-g.epoch"), Text.quote(cells[1])));
                continue;
            }
            double[] ms = new double[4];
            boolean ok = true;
            for (int i = 0; i < 4 && ok; i++) {
                long v = Counts.parse(cells[i + 2]);
                if (v < 0 || v > ValueCheck.MAX_LATENCY_MS) {
                    context.reject(new Problem(n, i + 3, COLUMNS[i], Sentence.of("ingest.ab-g.ms"), Text.quote(cells[i + 2])));
                    ok = false;
                }
                ms[i] = v;
            }
            if (!ok) continue;
            context.accept(FORMAT, n);
            double total = ms[2];
            rows++;
            double delta = total - mean;   // Welford: stable mean and variance in one pass
            mean += delta / rows;
            m2 += delta * (total - mean);
            min = Math.min(min, total);
            max = Math.max(max, total);
            if (!Latencies.recordMillis(histogram, total)) zeros++;
            for (int i = 0; i < 4; i++) phaseSum[i] += ms[i];
            perSecond.add(second, total, false);
            firstSecond = Math.min(firstSecond, second);
        }
        if (rows == 0) {
            throw ImportException.at(FORMAT, Math.max(1, lines.lineNumber()), Sentence.of("ingest.ab-g.rows"),
                    context.rejected() > 0 ? Sentence.of("ingest.hey-csv.none-usable", String.valueOf(context.rejected()))
                            : Sentence.of("ingest.upload.no-records-found"));
        }
        RunDataBuilder b = RunData.builder().requests(rows).meanMs(mean).minMs(min).maxMs(max)
                .stdevMs(rows > 1 ? Math.sqrt(m2 / (rows - 1)) : null).histogram(histogram)
                .latencyOrigin(LatencyOrigin.ROUNDED_1_MS).coordinatedOmission(true);
        load.apply(b, null, "ab", context);
        for (double p : REPORTED_PERCENTILES) {
            b.percentile(p, histogram.getValueAtPercentile(p) / 1000.0, LatencyOrigin.ROUNDED_1_MS);
        }
        b.metric("connect_avg_ms", phaseSum[0] / rows).metric("processing_avg_ms", phaseSum[1] / rows)
                .metric("waiting_avg_ms", phaseSum[3] / rows);
        List<SecondBucket> buckets = new ArrayList<>();
        for (SecondBucket s : perSecond.buckets()) {
            buckets.add(new SecondBucket(s.second() - firstSecond, s.requests(), s.errors(), s.meanMs(), s.maxMs()));
        }
        b.perSecond(buckets);
        if (zeros > 0) {
            context.warn(Sentence.of("ingest.ab-g.zeros", String.valueOf(zeros)));
        }
        return ImportResult.ofRuns(List.of(b.build()));
    }
}
