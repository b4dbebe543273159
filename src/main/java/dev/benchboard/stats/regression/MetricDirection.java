package dev.benchboard.stats.regression;

import java.util.Locale;

/** Which way a metric gets better. */
public enum MetricDirection {
    /** Latency, ns/op, B/op, allocs/op, error rate: an increase is a regression. */
    LOWER_IS_BETTER,
    /** Throughput, MB/s, ops/s, JMH's ops/us: a decrease is a regression. */
    HIGHER_IS_BETTER;

    /** The direction of a unit as benchmark tools print it; unknown units count as lower-is-better (costs). */
    public static MetricDirection forUnit(String unit) {
        String u = unit.trim().toLowerCase(Locale.ROOT);
        if (u.endsWith("/s") || u.startsWith("ops/") || u.equals("rps") || u.equals("qps") || u.equals("ops") || u.contains("throughput")) {
            return HIGHER_IS_BETTER;
        }
        return LOWER_IS_BETTER;
    }

    /** True when a change of {@code deltaPercent} (B relative to A) is for the worse. */
    public boolean worse(double deltaPercent) {
        return this == LOWER_IS_BETTER ? deltaPercent > 0 : deltaPercent < 0;
    }
}
