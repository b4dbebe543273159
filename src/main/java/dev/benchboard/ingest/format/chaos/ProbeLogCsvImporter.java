package dev.benchboard.ingest.format.chaos;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.CsvRecord;
import dev.benchboard.ingest.format.fields.CsvTable;
import dev.benchboard.ingest.format.fields.Numbers;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.evidence.ChaosData;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.Outage;
import dev.benchboard.ingest.source.Text;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * A health prober's log: {@code timestamp,ok[,latency_ms]}, one row per probe. ok is true/false,
 * 1/0 or an HTTP status (2xx and 3xx are up; 000 as curl writes it, and any other status, is down).
 * <p>
 * Consecutive failed probes form one outage, from the first failed probe to the first succeeding
 * one; a timestamp is the probe's start, so each end is known to within the probe interval (and the
 * probe timeout). Fault type "unknown", component from the upload form's hint "component";
 * attribution to injected faults is done elsewhere, by pairing with an events log. Window: first to
 * last probe, unless the upload form gives windowStart/windowEnd. A log that ends while probes fail
 * gives a censored outage until the last probe. The median probe interval is reported as setting
 * {@code probe_interval_ms}.
 */
public final class ProbeLogCsvImporter implements Importer {

    public static final String FORMAT = "probe-log-csv";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return "Health probe log CSV (timestamp, ok, latency_ms)";
    }

    @Override
    public DataKind kind() {
        return DataKind.CHAOS;
    }

    @Override
    public String version() {
        return "1";
    }

    /** 85 for a header with timestamp and ok (and latency_ms), 0 otherwise; other chaos CSVs have no "ok". */
    @Override
    public int detect(String head) {
        List<String> columns = CsvTable.columnsOf(head);
        if (!columns.contains("ok") || !(columns.contains("timestamp") || columns.contains("time"))) return 0;
        return columns.contains("latency_ms") || columns.size() == 2 ? 85 : 70;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        CsvTable csv = CsvTable.open(source, FORMAT);
        int time = csv.required("timestamp", "time");
        int ok = csv.required("ok");
        int latency = csv.optional("latency_ms");
        ChaosLogTimestamps timestamps = new ChaosLogTimestamps(context);
        Probes probes = new Probes();
        CsvRecord row;
        while ((row = csv.next()) != null) {
            try {
                Instant at = timestamps.parse(row.text(time), row.line(), time + 1, csv.header().get(time).strip());
                boolean up = up(row, ok);
                row.optionalNumber(latency, 0, 86_400_000, Sentence.of("ingest.chaos.probe.what.latency"));
                probes.add(at, up);
                context.accept(FORMAT, row.line());
            } catch (RowProblem p) {
                context.reject(p.problem());
            }
        }
        CellSentences.requireRecords(csv, probes.size, context, FORMAT, Sentence.of("ingest.chaos.expected.probe-row"));
        if (probes.sortIfNeeded()) {
            context.warn(Sentence.of("ingest.chaos.probe.warning.unsorted"));
        }
        if (probes.size > 1) {
            context.setting("probe_interval_ms", Numbers.plain(probes.medianIntervalMillis()));
        }
        context.setting("probes", Integer.toString(probes.size));
        return ImportResult.ofChaos(List.of(chaos(probes, context)));
    }

    private static boolean up(CsvRecord row, int column) throws RowProblem {
        String cell = row.requiredText(column, Sentence.of("ingest.chaos.probe.expected.ok"));
        String value = cell.toLowerCase(Locale.ROOT);
        switch (value) {
            case "true", "1" -> { return true; }
            case "false", "0", "000" -> { return false; }
            default -> { }
        }
        if (value.length() == 3 && value.chars().allMatch(Character::isDigit)) {
            int status = Integer.parseInt(value);
            if (status >= 100 && status <= 599) return status >= 200 && status < 400;
        }
        throw row.problem(column, Sentence.of("ingest.chaos.probe.expected.ok-status"), Text.quote(cell));
    }

    private static ChaosData chaos(Probes probes, ImportContext context) throws ImportException {
        WindowHints hints = WindowHints.read(context, FORMAT);
        Instant first = probes.time(0);
        Instant last = probes.time(probes.size - 1);
        Instant start = hints.start() != null ? hints.start() : first;
        Instant end = hints.end() != null ? hints.end() : last;
        hints.requireOrdered(start, end, Sentence.of(hints.start() == null ? "ingest.chaos.probe.first" : "ingest.chaos.probe.last"),
                FORMAT);
        String component = context.hint("component");
        List<Outage> outages = new ArrayList<>();
        int downFrom = -1;
        for (int i = 0; i < probes.size; i++) {
            boolean up = probes.up.get(i);
            if (!up && downFrom < 0) {
                downFrom = i;
            } else if (up && downFrom >= 0) {
                outages.add(new Outage("unknown", component, null, probes.time(downFrom), probes.time(i)));
                downFrom = -1;
            }
        }
        if (downFrom >= 0) {
            Instant until = end.isAfter(probes.time(downFrom)) ? end : probes.time(downFrom);
            context.warn(Sentence.of("ingest.chaos.probe.warning.ends-failing", probes.time(downFrom).toString(), until.toString()));
            outages.add(new Outage("unknown", component, null, probes.time(downFrom), until, true));
        }
        if (first.isBefore(start) || last.isAfter(end)) {
            context.warn(Sentence.of("ingest.chaos.probe.warning.beyond-window", first.toString(), last.toString(),
                    start.toString(), end.toString()));
        }
        return new ChaosData(context.hint("experiment"), start, end, null, outages, null, null);
    }

    /** Probe times (epoch nanoseconds) and results in primitive arrays: a day of 100 ms probes is 864,000 rows. */
    private static final class Probes {
        private long[] nanos = new long[1024];
        private final BitSet up = new BitSet();
        private int size;
        private boolean ordered = true;

        void add(Instant at, boolean ok) {
            if (size == nanos.length) nanos = Arrays.copyOf(nanos, size * 2);
            long n = at.getEpochSecond() * 1_000_000_000L + at.getNano();
            if (size > 0 && n < nanos[size - 1]) ordered = false;
            nanos[size] = n;
            up.set(size, ok);
            size++;
        }

        Instant time(int i) {
            return Instant.ofEpochSecond(Math.floorDiv(nanos[i], 1_000_000_000L), Math.floorMod(nanos[i], 1_000_000_000L));
        }

        /** Sorts by time (stable, results move with their times); true when it had to. */
        boolean sortIfNeeded() {
            if (ordered) return false;
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Long.compare(nanos[a], nanos[b]));
            long[] sorted = new long[size];
            BitSet sortedUp = new BitSet(size);
            for (int i = 0; i < size; i++) {
                sorted[i] = nanos[order[i]];
                sortedUp.set(i, up.get(order[i]));
            }
            nanos = sorted;
            up.clear();
            up.or(sortedUp);
            return true;
        }

        double medianIntervalMillis() {
            long[] gaps = new long[size - 1];
            for (int i = 1; i < size; i++) gaps[i - 1] = nanos[i] - nanos[i - 1];
            Arrays.sort(gaps);
            int m = gaps.length / 2;
            double median = gaps.length % 2 == 1 ? gaps[m] : (gaps[m - 1] + (double) gaps[m]) / 2;
            return median / 1e6;
        }
    }
}
