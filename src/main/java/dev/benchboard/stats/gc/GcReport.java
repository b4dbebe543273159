package dev.benchboard.stats.gc;

import dev.benchboard.format.Sentence;
import java.util.List;
import java.util.Map;

/**
 * GC KPIs of one trace, all over its steady window ({@link #window}). Null fields are not computable
 * from this trace; a warning says why.
 *
 * @param label              the trace's label
 * @param traceSettings      the trace's own settings (GOGC …) as given
 * @param window             the cycles the KPIs below are computed over, and how they were chosen
 * @param cycles             number of cycles in the window
 * @param forcedCycles       cycles marked (forced) in the window
 * @param spanSeconds        last − first cycle time in the window
 * @param pauses             STW pause statistics over the window (null when there are no cycles)
 * @param pausesPerSecond    STW pauses per second of span: (n − 1)/span, one combined pause per cycle
 * @param stwShareOfWall     Σ pause of the n − 1 cycles after the window's first / span (a fraction)
 * @param gcCpuSharePercent  Σ cpu ms of the n − 1 cycles after the window's first / (span × GOMAXPROCS), in %
 * @param reportedCumulativeGcPercent the runtime's cumulative GC % printed on the window's last cycle, as
 *                           reported (since process start, idle included, whole percent)
 * @param cyclesPerSecond    (n − 1)/span
 * @param meanIntervalSeconds span/(n − 1)
 * @param wholeTraceCyclesPerSecond (N − 1)/(whole trace span), for comparison with the window's rate
 * @param peakHeapMb         largest heap size seen in the window (max of heap at cycle start and end)
 * @param heapTrend          live heap trend and leak signal over the window (null with fewer than 3 live heap values)
 * @param allocation         allocation rate over the window (null without heap values)
 */
public record GcReport(
        String label,
        Map<String, String> traceSettings,
        SteadyWindow window,
        int cycles,
        int forcedCycles,
        Double spanSeconds,
        PauseStats pauses,
        Double pausesPerSecond,
        Double stwShareOfWall,
        Double gcCpuSharePercent,
        Double reportedCumulativeGcPercent,
        Double cyclesPerSecond,
        Double meanIntervalSeconds,
        Double wholeTraceCyclesPerSecond,
        Double peakHeapMb,
        HeapTrend heapTrend,
        AllocationRate allocation,
        GcSettings settings,
        List<Sentence> methods,
        List<Sentence> warnings) {

    public GcReport {
        traceSettings = traceSettings == null ? Map.of() : Map.copyOf(traceSettings);
        methods = List.copyOf(methods);
        warnings = List.copyOf(warnings);
    }
}
