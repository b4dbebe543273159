package dev.benchboard.stats.latency;

import dev.benchboard.format.Sentence;

import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.stats.common.Interval;

/**
 * One latency percentile of one run (or of pooled runs), in milliseconds.
 *
 * @param label      "P50", "P90", "P99", "P99.9", "max" (or "P75" etc. for reported figures)
 * @param percentile 0 &lt; percentile ≤ 100
 * @param valueMs    the percentile's value
 * @param unit       always "ms"
 * @param origin     where the value comes from (histogram, exact samples, a tool's summary …)
 * @param n          samples behind the value; 0 when only a reported figure is known
 * @param interval   distribution-free confidence interval in ms, or null (max, reported figures, pooled runs)
 * @param ranks      the order-statistic ranks behind {@code interval}, or null
 * @param method     how the value and its interval were obtained, in words
 */
public record PercentileEstimate(
        String label,
        double percentile,
        double valueMs,
        String unit,
        LatencyOrigin origin,
        long n,
        Interval interval,
        OrderStatisticRanks ranks,
        Sentence method) {

    public static String labelOf(double percentile) {
        if (percentile == 100.0) {
            return "max";
        }
        String number = percentile == Math.rint(percentile)
                ? Long.toString((long) percentile)
                : Double.toString(percentile);
        return "P" + number;
    }
}
