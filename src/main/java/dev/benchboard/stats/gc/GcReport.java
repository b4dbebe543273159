package dev.benchboard.stats.gc;

import java.util.List;
import java.util.Map;

/**
 * GC KPIs of one trace. Null fields are not computable from this trace; a warning says why.
 *
 * @param label              the trace's label
 * @param traceSettings      the trace's own settings (GOGC …) as given
 * @param cycles             number of cycles
 * @param forcedCycles       cycles marked (forced)
 * @param spanSeconds        last − first cycle time
 * @param pauses             STW pause statistics (null when there are no cycles)
 * @param pausesPerSecond    STW pauses per second of span: (n − 1)/span, one combined pause per cycle
 * @param stwShareOfWall     Σ pause / span (a fraction)
 * @param gcCpuSharePercent  the trace's cumulative GC % at its last cycle
 * @param cyclesPerSecond    (n − 1)/span
 * @param meanIntervalSeconds span/(n − 1)
 * @param peakHeapMb         largest heap size seen (max of heap at cycle start and end)
 * @param heapTrend          live heap trend and leak signal (null with fewer than 3 live heap values)
 * @param allocation         allocation rate estimate (null without heap start/end values)
 */
public record GcReport(
        String label,
        Map<String, String> traceSettings,
        int cycles,
        int forcedCycles,
        Double spanSeconds,
        PauseStats pauses,
        Double pausesPerSecond,
        Double stwShareOfWall,
        Double gcCpuSharePercent,
        Double cyclesPerSecond,
        Double meanIntervalSeconds,
        Double peakHeapMb,
        HeapTrend heapTrend,
        AllocationRate allocation,
        GcSettings settings,
        List<String> methods,
        List<String> warnings) {

    public GcReport {
        traceSettings = traceSettings == null ? Map.of() : Map.copyOf(traceSettings);
        methods = List.copyOf(methods);
        warnings = List.copyOf(warnings);
    }
}
