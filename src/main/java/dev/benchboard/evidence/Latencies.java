package dev.benchboard.evidence;

import org.HdrHistogram.Histogram;

/**
 * The one histogram shape Benchboard stores: values in microseconds, 1 µs … 1 h, 3 significant
 * digits (statistics.md). Values outside the range are clamped and counted by the caller.
 */
public final class Latencies {

    public static final long LOWEST_US = 1;
    public static final long HIGHEST_US = 3_600_000_000L;
    public static final int SIGNIFICANT_DIGITS = 3;

    private Latencies() {
    }

    public static Histogram newHistogram() {
        return new Histogram(LOWEST_US, HIGHEST_US, SIGNIFICANT_DIGITS);
    }

    /** Records a latency given in milliseconds; returns false when it had to be clamped. */
    public static boolean recordMillis(Histogram histogram, double millis) {
        long micros = Math.round(millis * 1000.0);
        boolean inRange = micros >= LOWEST_US && micros <= HIGHEST_US;
        histogram.recordValue(Math.min(HIGHEST_US, Math.max(LOWEST_US, micros)));
        return inRange;
    }
}
