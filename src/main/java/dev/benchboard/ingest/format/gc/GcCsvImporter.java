package dev.benchboard.ingest.format.gc;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.CsvRecord;
import dev.benchboard.ingest.format.fields.CsvTable;
import dev.benchboard.ingest.format.fields.Numbers;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.evidence.GcCycle;
import dev.benchboard.evidence.GcTraceData;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.source.Text;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generic GC CSV, one row per GC cycle:
 * {@code timestamp_s,pause_ms,heap_before_mb,heap_after_mb,live_heap_mb,goal_mb,gc_cpu_pct}. The
 * header decides; only {@code pause_ms} is required, extra columns are ignored, an optional
 * {@code cycle} column gives the cycle number.
 * <p>
 * {@code gc_cpu_pct} is read as the trace's cumulative GC percentage (what gctrace prints as "N%").
 * Without {@code timestamp_s} the cycles have no time ({@link GcCycle#atSeconds()} is NaN) and a
 * warning says that time-based figures (cycles per second, leak slope) cannot be computed.
 */
public final class GcCsvImporter implements Importer {

    public static final String FORMAT = "gc-csv";
    private static final Sentence HEAP_SIZE = Sentence.of("ingest.gc-csv.heap-size");

    private static final double MAX_PAUSE_MS = GctraceLine.MAX_PHASE_MS;
    private static final double MAX_SECONDS = 100.0 * 365 * 24 * 3600;   // a century: larger is not a run time

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return "GC CSV (timestamp_s, pause_ms, heap …)";
    }

    @Override
    public DataKind kind() {
        return DataKind.GC;
    }

    @Override
    public String version() {
        return "1";
    }

    /** 90 when the header has pause_ms and another GC column, 60 with pause_ms alone. */
    @Override
    public int detect(String head) {
        List<String> columns = CsvTable.columnsOf(head);
        if (!columns.contains("pause_ms")) return 0;
        boolean more = columns.stream().anyMatch(c -> List.of("timestamp_s", "heap_before_mb", "heap_after_mb",
                "live_heap_mb", "goal_mb", "gc_cpu_pct").contains(c));
        return more ? 90 : 60;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        CsvTable csv = CsvTable.open(source, FORMAT);
        int pause = csv.required("pause_ms");
        int time = csv.optional("timestamp_s");
        int cycleColumn = csv.optional("cycle", "gc");
        int before = csv.optional("heap_before_mb");
        int after = csv.optional("heap_after_mb");
        int live = csv.optional("live_heap_mb");
        int goal = csv.optional("goal_mb");
        int cpu = csv.optional("gc_cpu_pct");
        if (time < 0) {
            context.warn(Sentence.of("ingest.gc-csv.no-timestamp"));
        }
        double maxHeap = GctraceLine.MAX_HEAP_MB;
        List<GcCycle> cycles = new ArrayList<>();
        double lastTime = Double.NEGATIVE_INFINITY;
        CsvRecord row;
        while ((row = csv.next()) != null) {
            try {
                double at = time < 0 ? Double.NaN : row.number(time, 0, MAX_SECONDS, Sentence.of("ingest.gc-csv.seconds"));
                if (at < lastTime) {
                    throw row.problem(time, Sentence.of("ingest.gc-csv.time-order", Numbers.plain(lastTime)),
                            Text.quote(row.text(time)));
                }
                Double number = row.optionalNumber(cycleColumn, 1, Integer.MAX_VALUE, Sentence.of("ingest.gc-csv.cycle"));
                if (number != null && number != Math.rint(number)) {
                    throw row.problem(cycleColumn, Sentence.of("ingest.gc-csv.whole-cycle"), Text.quote(row.text(cycleColumn)));
                }
                GcCycle cycle = new GcCycle(
                        number == null ? null : number.intValue(),
                        at,
                        row.number(pause, 0, MAX_PAUSE_MS, Sentence.of("ingest.gc-csv.pause")),
                        null,
                        row.optionalNumber(cpu, 0, 100, Sentence.of("ingest.gc-csv.cpu")),
                        null,
                        row.optionalNumber(before, 0, maxHeap, HEAP_SIZE),
                        row.optionalNumber(after, 0, maxHeap, HEAP_SIZE),
                        row.optionalNumber(live, 0, maxHeap, HEAP_SIZE),
                        row.optionalNumber(goal, 0, maxHeap, Sentence.of("ingest.gc-csv.heap-goal")),
                        null,
                        false);
                if (!Double.isNaN(at)) lastTime = at;
                cycles.add(cycle);
                context.accept(FORMAT, row.line());
            } catch (RowProblem p) {
                context.reject(p.problem());
            }
        }
        csv.requireRecords(cycles.size(), context, Sentence.of("ingest.gc-csv.rows"));
        if (csv.lastLineUnterminated()) {
            context.warn(Sentence.of("ingest.fields.last-line-unterminated"));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        GcWindowHints.apply(context, settings, FORMAT);
        settings.forEach(context::setting);
        return ImportResult.ofGc(List.of(new GcTraceData(context.hint("label"), cycles, settings)));
    }
}
