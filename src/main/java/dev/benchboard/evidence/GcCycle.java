package dev.benchboard.evidence;

/**
 * One GC cycle. From Go gctrace: pauseMs = sweep-termination clock + mark-termination clock.
 * Nullable fields are those a generic GC CSV may omit.
 *
 * @param number              cycle number (gc N), null for CSV rows without one
 * @param atSeconds           seconds since process start (or the CSV's timestamp_s); NaN when a GC CSV has
 *                            no timestamp_s column
 * @param pauseMs             stop-the-world pause of the cycle
 * @param concurrentMs        concurrent mark/scan wall time
 * @param cumulativeGcPercent cumulative % of time spent in GC since start (the trace's N%)
 * @param cpuMs               total GC CPU ms of the cycle (sum of the cpu fields)
 */
public record GcCycle(
        Integer number,
        double atSeconds,
        double pauseMs,
        Double concurrentMs,
        Double cumulativeGcPercent,
        Double cpuMs,
        Double heapStartMb,
        Double heapEndMb,
        Double liveHeapMb,
        Double goalMb,
        Integer procs,
        boolean forced) {
}
