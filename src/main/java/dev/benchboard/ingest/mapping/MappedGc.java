package dev.benchboard.ingest.mapping;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.evidence.GcCycle;
import dev.benchboard.evidence.GcTraceData;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A GC log by mapping, one row per cycle: time (required), pause (required), live heap (optional).
 * A numeric time cell is read as time since process start in the mapping's timeUnit when the format
 * is "auto" and the value is small (below 10^9 s, i.e. not an epoch time), else as a timestamp; timestamps
 * become seconds since the first cycle. The heap is converted to MB.
 */
final class MappedGc {

    private static final double MAX_PAUSE_MS = 600_000;
    private static final double EPOCH_FROM_SECONDS = 1e9;

    private final ColumnMapping mapping;
    private final MappedTable table;
    private final MappedValues values;
    private final ImportContext context;
    private final String format;

    MappedGc(ColumnMapping mapping, MappedTable table, MappedValues values, ImportContext context, String format) {
        this.mapping = mapping;
        this.table = table;
        this.values = values;
        this.context = context;
        this.format = format;
    }

    ImportResult read() throws ImportException, IOException {
        int time = table.column(mapping.column(MappingRoles.TIME));
        int pause = table.column(mapping.column(MappingRoles.PAUSE));
        int heap = table.column(mapping.column(MappingRoles.HEAP));
        List<GcCycle> cycles = new ArrayList<>();
        Instant origin = null;
        MappedTable.Row row;
        while ((row = table.next()) != null) {
            try {
                double at;
                String cell = MappedValues.required(row, time, values.timestampExpected());
                double relative = sinceStart(row, time, cell);
                if (!Double.isNaN(relative)) {
                    at = relative;
                } else {
                    Instant t = values.timestamp(row, time);
                    if (origin == null) origin = t;
                    at = (t.getEpochSecond() - origin.getEpochSecond()) + (t.getNano() - origin.getNano()) / 1e9;
                }
                double pauseMs = values.durationMs(row, pause, MAX_PAUSE_MS, Sentence.of("ingest.mapping.what.pause"));
                Double heapMb = heap < 0 ? null
                        : values.optionalAmount(row, heap, Sentence.of("ingest.mapping.what.heap-in", mapping.heapUnit().name()));
                if (heapMb != null) heapMb = mapping.heapUnit().toMb(heapMb);
                cycles.add(new GcCycle(null, at, pauseMs, null, null, null, null, null, heapMb, null, null, false));
                context.accept(format, row.line());
            } catch (RowProblem p) {
                context.reject(p.problem());
            }
        }
        if (cycles.isEmpty()) {
            if (!context.problems().isEmpty()) throw ImportException.of(format, context.problems().getFirst());
            throw ImportException.at(format, 2, Sentence.of("ingest.mapping.expected.gc-row"), Sentence.of("ingest.mapping.found.none"));
        }
        return ImportResult.ofGc(List.of(new GcTraceData(context.hint("label"), cycles, Map.of())));
    }

    /** Seconds since start for a small plain number under "auto"/"epoch"-free formats, else NaN (a timestamp). */
    private double sinceStart(MappedTable.Row row, int column, String cell) throws RowProblem {
        if (!mapping.timestampFormat().equals(ColumnMapping.AUTO) || !cell.matches("\\d+(\\.\\d+)?")) return Double.NaN;
        double seconds = mapping.timeUnit().toMillis(values.number(row, column, cell, values.timestampExpected())) / 1000;
        return seconds < EPOCH_FROM_SECONDS ? seconds : Double.NaN;
    }
}
