package dev.benchboard.stats.gc;

import dev.benchboard.ingest.model.GcCycle;
import dev.benchboard.ingest.model.GcTraceData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Computes the {@link GcReport} of one GC trace. */
public final class GcAnalyzer {

    static final List<String> METHODS = List.of(
            "STW pause per cycle = sweep-termination + mark-termination wall clock (pauseMs).",
            "Span = time of the last cycle − time of the first; cycles/s = pauses/s = (n − 1)/span;"
                    + " mean interval = span/(n − 1); STW share = Σ pause / span.",
            "GC CPU share = the runtime's cumulative GC % printed on the last cycle (since process start,"
                    + " whole percent in gctrace), not recomputed.",
            "Peak heap = max of heap at cycle start and heap at cycle end.",
            HeapTrend.METHOD + ".",
            AllocationRate.METHOD + ".");

    private GcAnalyzer() {
    }

    public static GcReport analyse(GcTraceData trace, GcSettings settings) {
        List<String> warnings = new ArrayList<>();
        List<GcCycle> cycles = usable(trace.cycles(), warnings);
        int n = cycles.size();
        int forced = (int) cycles.stream().filter(GcCycle::forced).count();
        if (n == 0) {
            warnings.add("no GC cycles");
            return new GcReport(trace.label(), trace.settings(), 0, 0, null, null, null, null, null, null, null, null,
                    null, null, settings, METHODS, warnings);
        }
        double[] pauses = cycles.stream().mapToDouble(GcCycle::pauseMs).toArray();
        PauseStats pauseStats = PauseStats.of(pauses);

        Double span = null;
        Double perSecond = null;
        Double interval = null;
        Double stwShare = null;
        if (n >= 2) {
            span = cycles.getLast().atSeconds() - cycles.getFirst().atSeconds();
            if (span > 0) {
                perSecond = (n - 1) / span;
                interval = span / (n - 1);
                stwShare = pauseStats.totalMs() / 1000 / span;
            } else {
                warnings.add("all cycles at the same time: rates undefined");
            }
        } else {
            warnings.add("one cycle only: rates, intervals and trends need at least two");
        }
        return new GcReport(trace.label(), trace.settings(), n, forced, span, pauseStats, perSecond, stwShare,
                gcCpuShare(cycles, warnings), perSecond, interval, peakHeap(cycles), heapTrend(cycles, settings, warnings),
                allocation(cycles, warnings), settings, METHODS, warnings);
    }

    /** Cycles with a finite non-negative pause and time, in time order. */
    private static List<GcCycle> usable(List<GcCycle> cycles, List<String> warnings) {
        List<GcCycle> kept = new ArrayList<>();
        for (GcCycle c : cycles) {
            if (Double.isFinite(c.pauseMs()) && c.pauseMs() >= 0 && Double.isFinite(c.atSeconds())) kept.add(c);
        }
        if (kept.size() < cycles.size()) {
            warnings.add((cycles.size() - kept.size()) + " cycle(s) without a valid time or pause ignored");
        }
        for (int i = 1; i < kept.size(); i++) {
            if (kept.get(i).atSeconds() < kept.get(i - 1).atSeconds()) {
                warnings.add("cycles not in time order; sorted by time");
                kept.sort(Comparator.comparingDouble(GcCycle::atSeconds));
                break;
            }
        }
        return kept;
    }

    private static Double gcCpuShare(List<GcCycle> cycles, List<String> warnings) {
        for (GcCycle c : cycles.reversed()) {
            if (c.cumulativeGcPercent() != null) return c.cumulativeGcPercent();
        }
        warnings.add("no cumulative GC % in the trace: GC CPU share unknown");
        return null;
    }

    private static Double peakHeap(List<GcCycle> cycles) {
        Double peak = null;
        for (GcCycle c : cycles) {
            for (Double v : new Double[] {c.heapStartMb(), c.heapEndMb()}) {
                if (v != null && (peak == null || v > peak)) peak = v;
            }
        }
        return peak;
    }

    private static HeapTrend heapTrend(List<GcCycle> cycles, GcSettings settings, List<String> warnings) {
        List<GcCycle> withLive = cycles.stream().filter(c -> c.liveHeapMb() != null).toList();
        if (withLive.size() < 3) {
            warnings.add("fewer than 3 cycles with a live heap value: no heap trend or leak signal");
            return null;
        }
        double[] t = withLive.stream().mapToDouble(GcCycle::atSeconds).toArray();
        if (t[t.length - 1] == t[0]) {
            warnings.add("live heap values all at one time: no heap trend");
            return null;
        }
        double[] live = withLive.stream().mapToDouble(GcCycle::liveHeapMb).toArray();
        return HeapTrend.fit(t, live, settings);
    }

    private static AllocationRate allocation(List<GcCycle> cycles, List<String> warnings) {
        double sum = 0;
        int count = 0;
        int negative = 0;
        for (int k = 0; k + 1 < cycles.size(); k++) {
            GcCycle a = cycles.get(k);
            GcCycle b = cycles.get(k + 1);
            double dt = b.atSeconds() - a.atSeconds();
            if (a.heapEndMb() == null || b.heapStartMb() == null || dt <= 0) continue;
            double rate = (b.heapStartMb() - a.heapEndMb()) / dt;
            sum += rate;
            count++;
            if (rate < 0) negative++;
        }
        if (count == 0) {
            if (cycles.size() > 1) warnings.add("no consecutive cycles with heap start/end values: allocation rate unknown");
            return null;
        }
        return new AllocationRate(count, sum / count, negative, AllocationRate.METHOD);
    }
}
