package dev.benchboard.stats.gc;

import dev.benchboard.evidence.GcCycle;
import dev.benchboard.format.Sentence;
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
 * @param detail       how the window was found, in words (the gaps, the start-up cycles left out …), with its count
 *                     of cycles when it was detected or set by the user; {@link #finding()} is the same without it
 */
public record SteadyWindow(double startSeconds, double endSeconds, int cycles, int firstCycle, int totalCycles,
                           String how, Sentence detail) {

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

    public static final Sentence METHOD = Sentence.of("gc.window.method", String.valueOf((int) GAP_FACTOR),
            String.valueOf((int) MIN_GAP_SECONDS), String.valueOf((int) (START_UP_SHARE * 100)), String.valueOf(START_UP_LOOK));

    private static final String DETECTED_DETAIL = "gc.window.detected";
    private static final String OVERRIDDEN_DETAIL = "gc.window.overridden";

    /**
     * A user's window that cannot be used (here, or refused when it is set); {@link #reason()} says why in the
     * reader's language, the message in English (the API's and the logs').
     */
    public static final class Unusable extends IllegalArgumentException {
        private final transient Sentence reason;

        public Unusable(Sentence reason) {
            super(reason.english());
            this.reason = reason;
        }

        public Sentence reason() {
            return reason;
        }
    }

    /**
     * How the window was found without its count of cycles ("1 period(s) apart by gaps > 1 s; …", "set by the user:
     * 8–12 s"), for a reader who is shown the count beside it; the whole detail when it has no count.
     */
    public Sentence finding() {
        String key = detail.key().orElse("");
        if (key.equals(DETECTED_DETAIL)) return (Sentence) detail.args().get(2);
        if (key.equals(OVERRIDDEN_DETAIL)) return (Sentence) detail.args().get(0);
        return detail;
    }

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
        if (n < MIN_CYCLES) return whole(ordered, Sentence.of("gc.window.too-few", String.valueOf(MIN_CYCLES)));
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
            return whole(ordered, Sentence.of("gc.window.too-few-loaded", String.valueOf(MIN_CYCLES)));
        }
        Sentence finding = Sentence.counted("gc.window.periods", periods, String.valueOf(periods), plain(limit));
        if (startUp > 0) {
            finding = Sentence.of("joined.semicolon", finding, Sentence.counted("gc.window.start-up", startUp, String.valueOf(startUp)));
        }
        if (bestStart > 0 || bestEnd < n - 1) {
            finding = Sentence.of("joined.semicolon", finding, Sentence.of("gc.window.outside", cycles(bestStart),
                    cycles(n - 1 - bestEnd)));
        }
        return new SteadyWindow(ordered.get(bestStart).atSeconds(), ordered.get(bestEnd).atSeconds(), count, bestStart,
                n, DETECTED, Sentence.of(DETECTED_DETAIL, String.valueOf(count), String.valueOf(n), finding));
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
        if (first < 0) throw new Unusable(Sentence.of("gc.window.no-cycle-between", plain(start), plain(end)));
        Sentence given = Sentence.of("gc.window.set-by-user", plain(start), plain(end));
        return new SteadyWindow(ordered.get(first).atSeconds(), ordered.get(last).atSeconds(), last - first + 1, first,
                ordered.size(), OVERRIDDEN, Sentence.of(OVERRIDDEN_DETAIL, given, String.valueOf(last - first + 1),
                String.valueOf(ordered.size())));
    }

    /** The user's window from the trace's settings as stored (seconds since process start, either end open). */
    static SteadyWindow override(List<GcCycle> ordered, String start, String end) {
        return override(ordered, seconds(start, Double.NEGATIVE_INFINITY), seconds(end, Double.POSITIVE_INFINITY));
    }

    private static double seconds(String stored, double open) {
        if (stored == null) return open;
        try {
            return Double.parseDouble(stored.strip());
        } catch (NumberFormatException e) {
            throw new Unusable(Sentence.of("gc.window.not-a-number", stored));
        }
    }

    static SteadyWindow whole(List<GcCycle> ordered, Sentence why) {
        int n = ordered.size();
        return new SteadyWindow(n == 0 ? 0 : ordered.getFirst().atSeconds(), n == 0 ? 0 : ordered.getLast().atSeconds(),
                n, 0, n, WHOLE_TRACE, why);
    }

    private static String plain(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds).replaceAll("\\.?0+$", "");
    }

    /** "1 cycle", "3 cycles". */
    private static Sentence cycles(long n) {
        return Sentence.counted("gc.window.cycles", n, String.valueOf(n));
    }
}
