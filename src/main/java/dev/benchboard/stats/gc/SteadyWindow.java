package dev.benchboard.stats.gc;

import dev.benchboard.evidence.GcCycle;
import dev.benchboard.stats.common.Quantiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cycles every GC KPI is computed over: the loaded period of the trace. Start-up cycles (the
 * program filling its heap before any load, live heap near 0) and the sparse cycles of an idle start
 * or tail would otherwise pull rates down and tilt the live-heap slope.
 *
 * @param startSeconds time of the window's first cycle (seconds since process start, gctrace's "@")
 * @param endSeconds   time of its last cycle
 * @param cycles       cycles in the window
 * @param firstCycle   index (0-based, in time order) of the window's first cycle in the trace
 * @param totalCycles  cycles in the whole trace
 * @param how          {@link #DETECTED}, {@link #OVERRIDDEN} or {@link #WHOLE_TRACE}
 * @param detail       how the window was found, in words (the gaps, the start-up cycles left out …)
 */
public record SteadyWindow(double startSeconds, double endSeconds, int cycles, int firstCycle, int totalCycles,
                           String how, String detail) {

    public static final String DETECTED = "detected";
    public static final String OVERRIDDEN = "overridden";
    public static final String WHOLE_TRACE = "whole trace";

    /** A gap longer than this many median intervals (and than {@link #MIN_GAP_SECONDS}) ends a loaded period. */
    static final double GAP_FACTOR = 5;
    static final double MIN_GAP_SECONDS = 1;
    /** Leading cycles whose live heap is below this share of the next cycles' median are start-up cycles. */
    static final double START_UP_SHARE = 0.5;
    static final int START_UP_LOOK = 10;
    /** Fewer cycles than this in the loaded period: no window is detected, the whole trace is used. */
    static final int MIN_CYCLES = 10;

    public static final String METHOD = "steady window: gaps between cycles longer than max(" + (int) GAP_FACTOR
            + " × the median interval, " + (int) MIN_GAP_SECONDS + " s) split the trace into periods; the period with"
            + " the most cycles is the loaded one; its leading cycles whose live heap is below "
            + (int) (START_UP_SHARE * 100) + " % of the median of the next " + START_UP_LOOK
            + " are start-up cycles and left out. The user can override it (start/end seconds since process start).";

    public double spanSeconds() {
        return endSeconds - startSeconds;
    }

    /** The window's cycles out of the trace's (in time order). */
    public List<GcCycle> of(List<GcCycle> ordered) {
        return ordered.subList(firstCycle, firstCycle + cycles);
    }

    /** Finds the loaded period of cycles in time order. */
    public static SteadyWindow detect(List<GcCycle> ordered) {
        int n = ordered.size();
        if (n < MIN_CYCLES) return whole(ordered, "fewer than " + MIN_CYCLES + " cycles: the whole trace is used");
        double[] gaps = new double[n - 1];
        for (int k = 0; k + 1 < n; k++) gaps[k] = ordered.get(k + 1).atSeconds() - ordered.get(k).atSeconds();
        double limit = Math.max(GAP_FACTOR * Quantiles.median(gaps), MIN_GAP_SECONDS);
        int bestStart = 0;
        int bestEnd = -1;
        int start = 0;
        int periods = 0;
        for (int k = 0; k < n; k++) {
            if (k == n - 1 || gaps[k] > limit) {          // a period ends at cycle k
                periods++;
                if (k - start > bestEnd - bestStart) {     // most cycles; the first on a tie
                    bestStart = start;
                    bestEnd = k;
                }
                start = k + 1;
            }
        }
        int startUp = 0;
        while (bestStart < bestEnd && isStartUp(ordered, bestStart, bestEnd)) {
            bestStart++;
            startUp++;
        }
        int count = bestEnd - bestStart + 1;
        if (count < MIN_CYCLES) {
            return whole(ordered, "the loaded period has fewer than " + MIN_CYCLES + " cycles: the whole trace is used");
        }
        String detail = String.format(Locale.ROOT, "%d of %d cycles; %d period(s) apart by gaps > %s s", count, n,
                periods, plain(limit));
        if (startUp > 0) detail += "; " + startUp + " start-up cycle(s) with a low live heap left out";
        if (bestStart > 0 || bestEnd < n - 1) {
            detail += String.format(Locale.ROOT, "; outside: %d cycle(s) before, %d after", bestStart, n - 1 - bestEnd);
        }
        return new SteadyWindow(ordered.get(bestStart).atSeconds(), ordered.get(bestEnd).atSeconds(), count, bestStart,
                n, DETECTED, detail);
    }

    private static boolean isStartUp(List<GcCycle> ordered, int k, int end) {
        Double live = ordered.get(k).liveHeapMb();
        if (live == null) return false;
        List<Double> next = new ArrayList<>();
        for (int j = k + 1; j <= Math.min(k + START_UP_LOOK, end); j++) {
            if (ordered.get(j).liveHeapMb() != null) next.add(ordered.get(j).liveHeapMb());
        }
        return !next.isEmpty() && live < START_UP_SHARE * Quantiles.median(next);
    }

    /** The cycles at or between the user's start and end (seconds since process start). */
    public static SteadyWindow override(List<GcCycle> ordered, double start, double end) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < ordered.size(); k++) {
            double t = ordered.get(k).atSeconds();
            if (t >= start && t <= end) {
                if (first < 0) first = k;
                last = k;
            }
        }
        String given = "set by the user: " + plain(start) + "–" + plain(end) + " s";
        if (first < 0) throw new IllegalArgumentException("no GC cycle between " + plain(start) + " and " + plain(end) + " s");
        return new SteadyWindow(ordered.get(first).atSeconds(), ordered.get(last).atSeconds(), last - first + 1, first,
                ordered.size(), OVERRIDDEN, given + String.format(Locale.ROOT, "; %d of %d cycles", last - first + 1,
                ordered.size()));
    }

    static SteadyWindow whole(List<GcCycle> ordered, String why) {
        int n = ordered.size();
        return new SteadyWindow(n == 0 ? 0 : ordered.getFirst().atSeconds(), n == 0 ? 0 : ordered.getLast().atSeconds(),
                n, 0, n, WHOLE_TRACE, why);
    }

    private static String plain(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds).replaceAll("\\.?0+$", "");
    }
}
