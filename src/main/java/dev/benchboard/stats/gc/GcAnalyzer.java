package dev.benchboard.stats.gc;

import dev.benchboard.evidence.GcCycle;
import dev.benchboard.evidence.GcTraceData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Computes the {@link GcReport} of one trace over its steady window. */
public final class GcAnalyzer {

    /** Trace settings holding the user's window override, in seconds since process start. */
    public static final String WINDOW_START = "gcWindowStart";
    public static final String WINDOW_END = "gcWindowEnd";

    static final List<String> METHODS = List.of(
            SteadyWindow.METHOD,
            "STW pause per cycle = sweep-termination + mark-termination wall clock (pauseMs); P50/P99/max over the window.",
            "Span = time of the window's last cycle − its first; cycles/s = pauses/s = (n − 1)/span;"
                    + " mean interval = span/(n − 1); STW share = Σ pause of the n − 1 cycles after the first / span.",
            "GC CPU share = Σ cpu ms (all five cpu fields) of the n − 1 cycles after the window's first / (span ×"
                    + " GOMAXPROCS); the runtime's cumulative % counts since process start (idle included) and is shown"
                    + " only as reported.",
            "Peak heap = max of heap at cycle start and heap at cycle end, in the window.",
            HeapTrend.METHOD + ".",
            AllocationRate.METHOD + ".");

    private GcAnalyzer() {
    }

    public static GcReport analyse(GcTraceData trace, GcSettings settings) {
        List<String> warnings = new ArrayList<>();
        List<GcCycle> all = usable(trace.cycles(), warnings);
        if (all.isEmpty()) {
            warnings.add("no GC cycles");
            return new GcReport(trace.label(), trace.settings(), SteadyWindow.whole(all, "no cycles"), 0, 0, null, null,
                    null, null, null, null, null, null, null, null, null, null, settings, METHODS, warnings);
        }
        SteadyWindow window = window(trace, all, warnings);
        List<GcCycle> cycles = window.of(all);
        int n = cycles.size();
        int forced = (int) cycles.stream().filter(GcCycle::forced).count();
        PauseStats pauseStats = PauseStats.of(cycles.stream().mapToDouble(GcCycle::pauseMs).toArray());

        Double span = null;
        Double perSecond = null;
        Double interval = null;
        Double stwShare = null;
        Double cpuShare = null;
        if (n >= 2) {
            span = window.spanSeconds();
            if (Double.isNaN(span)) {
                warnings.add("cycles without a time (a GC CSV without timestamp_s): rates, shares and trends unknown");
            } else if (span > 0) {
                perSecond = (n - 1) / span;
                interval = span / (n - 1);
                List<GcCycle> afterFirst = cycles.subList(1, n);
                stwShare = afterFirst.stream().mapToDouble(GcCycle::pauseMs).sum() / 1000 / span;
                cpuShare = cpuShare(afterFirst, span, warnings);
            } else {
                warnings.add("all cycles at the same time: rates undefined");
            }
        } else {
            warnings.add("one cycle only: rates, intervals and trends need at least two");
        }
        return new GcReport(trace.label(), trace.settings(), window, n, forced, span, pauseStats, perSecond, stwShare,
                cpuShare, reportedPercent(cycles), perSecond, interval, wholeTraceRate(all), peakHeap(cycles),
                heapTrend(cycles, settings, warnings), allocation(cycles, warnings), settings, METHODS, warnings);
    }

    /** The user's window when the trace's settings hold one, else the detected one. */
    private static SteadyWindow window(GcTraceData trace, List<GcCycle> all, List<String> warnings) {
        String start = trace.settings().get(WINDOW_START);
        String end = trace.settings().get(WINDOW_END);
        if (start != null || end != null) {
            try {
                double s = start == null ? Double.NEGATIVE_INFINITY : Double.parseDouble(start.strip());
                double e = end == null ? Double.POSITIVE_INFINITY : Double.parseDouble(end.strip());
                return SteadyWindow.override(all, s, e);
            } catch (IllegalArgumentException ex) {
                warnings.add("the GC window set by the user (" + start + "–" + end + " s) was not used: " + ex.getMessage()
                        + "; the detected window is used instead");
            }
        }
        if (all.stream().anyMatch(c -> Double.isNaN(c.atSeconds()))) {
            return SteadyWindow.whole(all, "cycles without a time: the whole trace is used");
        }
        SteadyWindow detected = SteadyWindow.detect(all);
        if (SteadyWindow.WHOLE_TRACE.equals(detected.how())) warnings.add("steady window: " + detected.detail());
        return detected;
    }

    /** Cycles with a finite non-negative pause and a time (or none at all, for a CSV without times), in time order. */
    private static List<GcCycle> usable(List<GcCycle> cycles, List<String> warnings) {
        List<GcCycle> kept = new ArrayList<>();
        boolean timeless = !cycles.isEmpty() && cycles.stream().allMatch(c -> Double.isNaN(c.atSeconds()));
        for (GcCycle c : cycles) {
            if (Double.isFinite(c.pauseMs()) && c.pauseMs() >= 0 && (timeless || Double.isFinite(c.atSeconds()))) kept.add(c);
        }
        if (kept.size() < cycles.size()) {
            warnings.add((cycles.size() - kept.size()) + " cycle(s) without a valid time or pause ignored");
        }
        for (int i = 1; i < kept.size() && !timeless; i++) {
            if (kept.get(i).atSeconds() < kept.get(i - 1).atSeconds()) {
                warnings.add("cycles not in time order; sorted by time");
                kept.sort(Comparator.comparingDouble(GcCycle::atSeconds));
                break;
            }
        }
        return kept;
    }

    private static Double cpuShare(List<GcCycle> cycles, double span, List<String> warnings) {
        if (cycles.stream().anyMatch(c -> c.cpuMs() == null || c.procs() == null)) {
            warnings.add("no per-cycle cpu fields or GOMAXPROCS (a GC CSV): GC CPU share over the window unknown;"
                    + " the cumulative % is shown as reported");
            return null;
        }
        double cpuMs = 0;
        double procMs = 0;
        for (GcCycle c : cycles) {
            cpuMs += c.cpuMs();
            procMs = Math.max(procMs, c.procs());
        }
        if (cycles.stream().map(GcCycle::procs).distinct().count() > 1) {
            warnings.add("GOMAXPROCS changed in the window: GC CPU share uses the largest, " + (int) procMs);
        }
        return cpuMs / (span * 1000 * procMs) * 100;
    }

    private static Double reportedPercent(List<GcCycle> cycles) {
        for (GcCycle c : cycles.reversed()) {
            if (c.cumulativeGcPercent() != null) return c.cumulativeGcPercent();
        }
        return null;
    }

    private static Double wholeTraceRate(List<GcCycle> all) {
        if (all.size() < 2) return null;
        double span = all.getLast().atSeconds() - all.getFirst().atSeconds();
        return span > 0 ? (all.size() - 1) / span : null;
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
        List<GcCycle> withLive = cycles.stream().filter(c -> c.liveHeapMb() != null && Double.isFinite(c.atSeconds())).toList();
        if (withLive.size() < 3) {
            warnings.add("fewer than 3 cycles with a time and a live heap value: no heap trend or leak signal");
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
        double total = 0;
        double after = 0;
        int count = 0;
        int negative = 0;
        for (int k = 0; k + 1 < cycles.size(); k++) {
            GcCycle a = cycles.get(k);
            GcCycle b = cycles.get(k + 1);
            if (a.heapStartMb() == null || a.heapEndMb() == null || a.liveHeapMb() == null || b.heapStartMb() == null) continue;
            double during = a.heapEndMb() - a.heapStartMb();
            double afterwards = b.heapStartMb() - a.liveHeapMb();
            total += during + afterwards;
            after += afterwards;
            count++;
            if (during + afterwards < 0) negative++;
        }
        double span = cycles.size() < 2 ? 0 : cycles.getLast().atSeconds() - cycles.getFirst().atSeconds();
        if (count == 0 || !(span > 0)) {
            if (cycles.size() > 1) warnings.add("no consecutive cycles with heap start, end and live values over time:"
                    + " allocation rate unknown");
            return null;
        }
        if (count < cycles.size() - 1) {
            warnings.add((cycles.size() - 1 - count) + " interval(s) without all heap values left out of the allocation rate");
        }
        double perCycle = total / count;
        double resolution = 2.0 * count / span;
        if (perCycle < AllocationRate.COARSE_PER_CYCLE_MB) {
            warnings.add(String.format(Locale.ROOT, "allocation rate is coarse: %.1f MB allocated per cycle, and gctrace"
                    + " rounds every heap value to whole MB (up to ±%.1f MB/s)", perCycle, resolution));
        }
        return new AllocationRate(count, total / span, after / span, perCycle, negative, resolution, AllocationRate.METHOD);
    }
}
