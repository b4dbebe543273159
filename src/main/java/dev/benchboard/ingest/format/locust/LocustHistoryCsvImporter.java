package dev.benchboard.ingest.format.locust;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.chaos.CellSentences;
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
import dev.benchboard.evidence.SecondBucket;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Locust's statistics history, {@code PREFIX_stats_history.csv} (Locust 2.x {@code --csv}): one
 * {@code Aggregated} row a second — with {@code --csv-full-history} also one per request name — of
 * {@code Timestamp} (epoch s), {@code User Count}, the current Requests/s and Failures/s, percentiles,
 * and the running totals {@code Total Request Count, Total Failure Count, Total Median/Average/Min/Max
 * Response Time, Total Average Content Size}.
 *
 * <p>The run: the last Aggregated row's totals (requests, failures, median as P50, mean, min, max);
 * concurrency = the largest User Count; the per-second series from the totals' differences between
 * consecutive rows (Locust writes a row about every second; each row is one bucket at its timestamp; the
 * per-second max is unknown, so a bucket's max is its mean); duration = from the first row to the row where the final total was reached.
 * The Aggregated row's percentile columns are of the whole run only without {@code --csv-full-history};
 * with it they are of the last 10 s window ({@code use_current} in Locust's writer), so they are then
 * left out and only the total median is kept. The rows before the first request have "N/A" percentiles.
 */
public final class LocustHistoryCsvImporter implements Importer {

    public static final String FORMAT = "locust-history";

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "Locust statistics history CSV (--csv …_stats_history.csv)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        List<String> c = CsvTable.columnsOf(head);
        boolean start = c.size() > 4 && c.get(0).equals("timestamp") && c.get(1).equals("user count") && c.get(3).equals("name");
        return start && c.contains("total request count") ? 98 : start ? 60 : 0;
    }

    private record Point(long second, LocustEntry totals, long users) { }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        CsvTable csv = CsvTable.open(source, FORMAT);
        int timestamp = csv.required("Timestamp");
        int users = csv.required("User Count");
        LocustEntry.Columns totals = LocustEntry.Columns.of(csv, "Total ");
        List<Point> points = new ArrayList<>();
        Map<String, LocustEntry> lastNamed = new LinkedHashMap<>();
        long lastLine = csv.headerLine();
        for (CsvRecord row; (row = csv.next()) != null; ) {
            if (csv.lastLineUnterminated()) {
                context.warn(LocustFiles.cutOff(row.line()));
                break;
            }
            try {
                long second = (long) row.number(timestamp, 0, 32_503_680_000d, Sentence.of("ingest.locust.what.unix-time"));
                long userCount = (long) row.number(users, 0, 10_000_000, Sentence.of("ingest.locust.what.users"));
                LocustEntry entry = LocustEntry.read(row, totals);
                if (entry.aggregated()) {
                    if (!points.isEmpty() && second < points.getLast().second()) {
                        throw row.problem(timestamp, Sentence.of("ingest.locust.expected.time-after",
                                String.valueOf(points.getLast().second())), row.text(timestamp));
                    }
                    if (!points.isEmpty() && entry.requests() < points.getLast().totals().requests()) {
                        throw row.problem(totals.requests(), Sentence.of("ingest.locust.expected.running-total",
                                String.valueOf(points.getLast().totals().requests())), row.text(totals.requests()));
                    }
                    points.add(new Point(second, entry, userCount));
                    lastLine = row.line();
                } else {
                    lastNamed.put(entry.label(), entry);
                }
                context.accept(FORMAT, row.line());
            } catch (RowProblem p) {
                context.reject(p.problem());
            }
        }
        CellSentences.requireRecords(csv, points.size(), context, FORMAT, Sentence.of("ingest.locust.expected.aggregated-rows"));
        return ImportResult.ofRuns(List.of(ReportedLatency.agreeing(run(points, lastNamed, context), lastLine, context)));
    }

    private static RunData run(List<Point> points, Map<String, LocustEntry> named, ImportContext context) {
        Point last = points.getLast();
        boolean fullHistory = !named.isEmpty();
        RunDataBuilder b = RunData.builder();
        last.totals().latencyOn(b, !fullHistory);
        long peakUsers = points.stream().mapToLong(Point::users).max().orElse(0);
        if (peakUsers > 0) b.concurrency((double) peakUsers);
        Point first = points.getFirst();
        Point done = points.stream().filter(p -> p.totals().requests() == last.totals().requests()).findFirst().orElse(last);
        if (done.second() > first.second()) b.durationSeconds((double) (done.second() - first.second()));
        List<SecondBucket> buckets = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            LocustEntry before = points.get(i - 1).totals();
            LocustEntry now = points.get(i).totals();
            long requests = now.requests() - before.requests();
            long failures = Math.max(0, now.failures() - before.failures());
            // a second without completed requests (before the first, after the load stopped) is no bucket
            if (requests == 0 || points.get(i).second() == points.get(i - 1).second()) continue;
            // the mean of the second's requests, from the running means; Locust keeps no per-second max (its
            // running max and its window's 100 % are not of this second), so the bucket's max is its mean
            double mean = requests == 0 || now.meanMs() == null || before.meanMs() == null ? 0
                    : Math.max(0, (now.meanMs() * now.requests() - before.meanMs() * before.requests()) / requests);
            buckets.add(new SecondBucket(points.get(i).second() - first.second(), requests, Math.min(failures, requests),
                    mean, mean));
        }
        b.perSecond(buckets);
        b.setting("users_peak", Long.toString(peakUsers));
        if (fullHistory) {
            b.setting("csv_full_history", "true");
            context.warn(Sentence.of("ingest.locust.warning.full-history"));
            named.values().forEach(e -> LocustFiles.entryMetrics(b, e, false));
        }
        return b.build();
    }
}
