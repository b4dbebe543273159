package dev.benchboard.ingest.format.chaos;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.CsvRecord;
import dev.benchboard.ingest.format.fields.CsvTable;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One row per outage: {@code fault_type,component,injected_at,down_at,up_at} (header-driven;
 * fault_type, down_at and up_at required columns; component and injected_at may be blank).
 * <p>
 * The window comes from the upload form (hints windowStart/windowEnd). Without them it is inferred
 * from the first injected_at/down_at to the last up_at, with a warning: such a window has no uptime
 * before the first outage or after the last, which understates MTBF. A blank up_at is an outage still
 * open at the end: it lasts until the window end and is flagged censored. down_at before injected_at
 * and up_at before down_at are row problems; overlapping outages of one component are a warning.
 */
public final class OutageTableCsvImporter implements Importer {

    public static final String FORMAT = "outage-table-csv";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return "Outage table CSV (fault_type, component, injected_at, down_at, up_at)";
    }

    @Override
    public DataKind kind() {
        return DataKind.CHAOS;
    }

    @Override
    public String version() {
        return "1";
    }

    /** 90 with down_at and up_at (plus fault_type), 0 otherwise. */
    @Override
    public int detect(String head) {
        List<String> columns = CsvTable.columnsOf(head);
        if (!columns.contains("down_at") || !columns.contains("up_at")) return 0;
        return columns.contains("fault_type") ? 90 : 50;
    }

    private record Row(String faultType, String component, Instant injectedAt, Instant downAt, Instant upAt, long line) {
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        CsvTable csv = CsvTable.open(source, FORMAT);
        int faultType = csv.required("fault_type");
        int component = csv.optional("component");
        int injected = csv.optional("injected_at");
        int down = csv.required("down_at");
        int up = csv.required("up_at");
        ChaosLogTimestamps timestamps = new ChaosLogTimestamps(context);
        List<Row> rows = new ArrayList<>();
        CsvRecord row;
        while ((row = csv.next()) != null) {
            try {
                String type = row.name(faultType);
                if (type == null) {
                    throw row.problem(faultType, Sentence.of("ingest.chaos.expected.fault-type"),
                            Sentence.of("ingest.chaos.found.empty-cell"));
                }
                Instant injectedAt = row.text(injected) == null ? null
                        : timestamps.parse(row.text(injected), row.line(), injected + 1, "injected_at");
                Instant downAt = timestamps.parse(row.text(down), row.line(), down + 1, "down_at");
                Instant upAt = row.text(up) == null ? null : timestamps.parse(row.text(up), row.line(), up + 1, "up_at");
                if (injectedAt != null && downAt.isBefore(injectedAt)) {
                    throw row.problem(down, Sentence.of("ingest.chaos.outage.expected.down-at", injectedAt.toString()),
                            Text.quote(row.text(down)));
                }
                if (upAt != null && upAt.isBefore(downAt)) {
                    throw row.problem(up, Sentence.of("ingest.chaos.outage.expected.up-at", downAt.toString()),
                            Text.quote(row.text(up)));
                }
                rows.add(new Row(type, row.name(component), injectedAt, downAt, upAt, row.line()));
                context.accept(FORMAT, row.line());
            } catch (RowProblem p) {
                context.reject(p.problem());
            }
        }
        CellSentences.requireRecords(csv, rows.size(), context, FORMAT, Sentence.of("ingest.chaos.expected.outage-row"));
        return ImportResult.ofChaos(List.of(chaos(rows, context)));
    }

    private static ChaosData chaos(List<Row> rows, ImportContext context) throws ImportException {
        WindowHints hints = WindowHints.read(context, FORMAT);
        Instant start = hints.start();
        Instant end = hints.end();
        if (start == null || end == null) {
            Instant first = rows.stream().map(r -> r.injectedAt() != null ? r.injectedAt() : r.downAt())
                    .min(Comparator.naturalOrder()).orElseThrow();
            Instant last = rows.stream().map(r -> r.upAt() != null ? r.upAt() : r.downAt())
                    .max(Comparator.naturalOrder()).orElseThrow();
            if (start == null) start = first;
            if (end == null) end = last;
            hints.requireOrdered(start, end, Sentence.of(hints.start() == null ? "ingest.chaos.outage.first" : "ingest.chaos.outage.last"),
                    FORMAT);
            context.warn(Sentence.of("ingest.chaos.outage.warning.no-window", start.toString(), end.toString()));
        }
        List<Outage> outages = new ArrayList<>();
        for (Row r : rows) {
            Instant upAt = r.upAt();
            boolean censored = upAt == null;
            if (censored) {
                upAt = end.isAfter(r.downAt()) ? end : r.downAt();
                context.warn(Sentence.of("ingest.chaos.outage.warning.no-up", String.valueOf(r.line()), upAt.toString()));
            }
            if (r.downAt().isBefore(start) || upAt.isAfter(end)) {
                context.warn(Sentence.of("ingest.chaos.outage.warning.outside", String.valueOf(r.line()), start.toString(),
                        end.toString()));
            }
            outages.add(new Outage(r.faultType(), r.component(), r.injectedAt(), r.downAt(), upAt, censored));
        }
        outages.sort(Comparator.comparing(Outage::downAt));
        warnOverlaps(outages, context);
        return new ChaosData(context.hint("experiment"), start, end, null, outages, null, null);
    }

    private static void warnOverlaps(List<Outage> sorted, ImportContext context) {
        Map<String, Outage> previous = new HashMap<>();
        for (Outage o : sorted) {
            String key = o.component() == null ? "" : o.component();
            Outage before = previous.get(key);
            if (before == null || o.upAt().isAfter(before.upAt())) previous.put(key, o);   // the one reaching furthest
            if (before != null && o.downAt().isBefore(before.upAt())) {
                context.warn(Sentence.of("ingest.chaos.outage.warning.overlap", ChaosTimeline.name(key), before.downAt().toString(),
                        o.downAt().toString()));
            }
        }
    }
}
