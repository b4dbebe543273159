package dev.benchboard.stats.gc;

import dev.benchboard.evidence.GcCycle;
import dev.benchboard.evidence.GcTraceData;
import dev.benchboard.format.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Computes the {@link GcReport} of one trace over its steady window. */
public final class GcAnalyzer {

    /** Trace settings holding the user's window override, in seconds since process start. */
    public static final String WINDOW_START = "gcWindowStart";
    public static final String WINDOW_END = "gcWindowEnd";

    static final List<Sentence> METHODS = List.of(
            SteadyWindow.METHOD,
            Sentence.of("gc.method.pause"),
            Sentence.of("gc.method.span"),
            Sentence.of("gc.method.cpu"),
            Sentence.of("gc.method.peak-heap"),
            Sentence.of("full-stop", HeapTrend.METHOD),
            Sentence.of("full-stop", AllocationRate.METHOD));

    private GcAnalyzer() {
    }

    public static GcReport analyse(GcTraceData trace, GcSettings settings) {
        List<Sentence> warnings = new ArrayList<>();
        List<GcCycle> all = usable(trace.cycles(), warnings);
        if (all.isEmpty()) {
            warnings.add(Sentence.of("gc.warning.no-cycles"));
            return new GcReport(trace.label(), trace.settings(), SteadyWindow.whole(all, Sentence.of("gc.window.no-cycles")), 0, 0, null, null,
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
                warnings.add(Sentence.of("gc.warning.no-times"));
            } else if (span > 0) {
                perSecond = (n - 1) / span;
                interval = span / (n - 1);
                List<GcCycle> afterFirst = cycles.subList(1, n);
                stwShare = afterFirst.stream().mapToDouble(GcCycle::pauseMs).sum() / 1000 / span;
                cpuShare = cpuShare(afterFirst, span, warnings);
            } else {
                warnings.add(Sentence.of("gc.warning.same-time"));
            }
        } else {
            warnings.add(Sentence.of("gc.warning.one-cycle"));
        }
        return new GcReport(trace.label(), trace.settings(), window, n, forced, span, pauseStats, perSecond, stwShare,
                cpuShare, reportedPercent(cycles), perSecond, interval, wholeTraceRate(all), peakHeap(cycles),
                heapTrend(cycles, settings, warnings), allocation(cycles, warnings), settings, METHODS, warnings);
    }

    /** The user's window when the trace's settings hold one, else the detected one. */
    private static SteadyWindow window(GcTraceData trace, List<GcCycle> all, List<Sentence> warnings) {
        String start = trace.settings().get(WINDOW_START);
        String end = trace.settings().get(WINDOW_END);
        if (start != null || end != null) {
            try {
                return SteadyWindow.override(all, start, end);
            } catch (SteadyWindow.Unusable ex) {
                warnings.add(Sentence.of("gc.warning.window-not-used", String.valueOf(start), String.valueOf(end),
                        ex.reason()));
            }
        }
        if (all.stream().anyMatch(c -> Double.isNaN(c.atSeconds()))) {
            return SteadyWindow.whole(all, Sentence.of("gc.window.timeless"));
        }
        SteadyWindow detected = SteadyWindow.detect(all);
        if (SteadyWindow.WHOLE_TRACE.equals(detected.how())) {
            warnings.add(Sentence.of("gc.warning.steady-window", detected.detail()));
        }
        return detected;
    }

    /** Cycles with a finite non-negative pause and a time (or none at all, for a CSV without times), in time order. */
    private static List<GcCycle> usable(List<GcCycle> cycles, List<Sentence> warnings) {
        List<GcCycle> kept = new ArrayList<>();
        boolean timeless = !cycles.isEmpty() && cycles.stream().allMatch(c -> Double.isNaN(c.atSeconds()));
        for (GcCycle c : cycles) {
            if (Double.isFinite(c.pauseMs()) && c.pauseMs() >= 0 && (timeless || Double.isFinite(c.atSeconds()))) kept.add(c);
        }
        if (kept.size() < cycles.size()) {
            warnings.add(Sentence.of("gc.warning.invalid-cycles", String.valueOf(cycles.size() - kept.size())));
        }
        for (int i = 1; i < kept.size() && !timeless; i++) {
            if (kept.get(i).atSeconds() < kept.get(i - 1).atSeconds()) {
                warnings.add(Sentence.of("gc.warning.unordered"));
                kept.sort(Comparator.comparingDouble(GcCycle::atSeconds));
                break;
            }
        }
        return kept;
    }

    private static Double cpuShare(List<GcCycle> cycles, double span, List<Sentence> warnings) {
        if (cycles.stream().anyMatch(c -> c.cpuMs() == null || c.procs() == null)) {
            warnings.add(Sentence.of("gc.warning.no-cpu"));
            return null;
        }
        double cpuMs = 0;
        double procMs = 0;
        for (GcCycle c : cycles) {
            cpuMs += c.cpuMs();
            procMs = Math.max(procMs, c.procs());
        }
        if (cycles.stream().map(GcCycle::procs).distinct().count() > 1) {
            warnings.add(Sentence.of("gc.warning.gomaxprocs-changed", String.valueOf((int) procMs)));
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

    private static HeapTrend heapTrend(List<GcCycle> cycles, GcSettings settings, List<Sentence> warnings) {
        List<GcCycle> withLive = cycles.stream().filter(c -> c.liveHeapMb() != null && Double.isFinite(c.atSeconds())).toList();
        if (withLive.size() < 3) {
            warnings.add(Sentence.of("gc.warning.no-heap-trend"));
            return null;
        }
        double[] t = withLive.stream().mapToDouble(GcCycle::atSeconds).toArray();
        if (t[t.length - 1] == t[0]) {
            warnings.add(Sentence.of("gc.warning.heap-one-time"));
            return null;
        }
        double[] live = withLive.stream().mapToDouble(GcCycle::liveHeapMb).toArray();
        return HeapTrend.fit(t, live, settings);
    }

    private static AllocationRate allocation(List<GcCycle> cycles, List<Sentence> warnings) {
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
            if (cycles.size() > 1) warnings.add(Sentence.of("gc.warning.no-allocation"));
            return null;
        }
        if (count < cycles.size() - 1) {
            warnings.add(Sentence.of("gc.warning.allocation-gaps", String.valueOf(cycles.size() - 1 - count)));
        }
        double perCycle = total / count;
        double resolution = 2.0 * count / span;
        if (perCycle < AllocationRate.COARSE_PER_CYCLE_MB) {
            warnings.add(Sentence.of("gc.warning.allocation-coarse", String.format(Locale.ROOT, "%.1f", perCycle),
                    String.format(Locale.ROOT, "%.1f", resolution)));
        }
        return new AllocationRate(count, total / span, after / span, perCycle, negative, resolution, AllocationRate.METHOD);
    }
}
