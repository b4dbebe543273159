package dev.benchboard.decision;

import java.util.List;
import java.util.Optional;

/**
 * The measured facts the decision core understands. Each fact of a candidate comes from the user's
 * uploads (the statistics code computes it); quoted figures from articles are never facts.
 * The unit is fixed per key so that a tree comparing {@code p99Ms} with {@code p99SloMs} compares
 * milliseconds with milliseconds.
 */
public enum FactKey implements Keyed {
    THROUGHPUT_RPS("throughputRps", "rps", Order.HIGHEST, false,
            "throughput of the candidate's load-test run(s), requests per second"),
    P99_MS("p99Ms", "ms", Order.LOWEST, false,
            "99th-percentile latency of the candidate's load-test run(s)"),
    SLO_BOUND_CAPACITY_RPS("sloBoundCapacityRps", "rps", Order.HIGHEST, false,
            "per instance, on the size the sweep ran on: throughput where the monotone (isotonic) P99 fit crosses the P99 SLO"),
    MEMORY_MB("memoryMb", "MB", Order.LOWEST, false,
            "resident set size (RSS) of one instance under load"),
    GC_PAUSE_P99_MS("gcPauseP99Ms", "ms", Order.LOWEST, false,
            "99th percentile of the stop-the-world GC pauses (Go gctrace)"),
    AVAILABILITY("availability", "fraction", Order.HIGHEST, true,
            "measured availability U / T in chaos runs, a fraction in [0, 1]"),
    FAILURE_RATE_PER_HOUR("failureRatePerHour", "1/h", Order.LOWEST, false,
            "failure rate r / U in chaos runs, outages per hour of up-time"),
    MTTR_SECONDS("mttrSeconds", "s", Order.LOWEST, false,
            "mean time to recover from an outage in chaos runs"),
    LEAK_SUSPECTED("leakSuspected", "flag", Order.LOWEST, false,
            "1 when the GC report suspects a memory leak (live heap grows over its window), 0 when it does not");

    private final String key;
    private final String unit;
    private final Order better;
    private final boolean fraction;
    private final String description;

    FactKey(String key, String unit, Order better, boolean fraction, String description) {
        this.key = key;
        this.unit = unit;
        this.better = better;
        this.fraction = fraction;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    /** Which end is better, used by the weighted score's direction-aware normalisation. */
    public Order better() {
        return better;
    }

    public String description() {
        return description;
    }

    /** Reliability figures of chaos runs: comparable only between runs of the same fault plan. */
    boolean fromChaosRuns() {
        return this == AVAILABILITY || this == FAILURE_RATE_PER_HOUR || this == MTTR_SECONDS;
    }

    public static Optional<FactKey> byKey(String key) {
        return Keyed.byKey(values(), key);
    }

    static List<String> keys() {
        return Keyed.keys(values());
    }

    /** Null when {@code value} is a possible value of this fact, else what is wrong with it. */
    String checkValue(double value) {
        if (!Double.isFinite(value)) return "must be a finite number, got " + value;
        if (value < 0) return "must be ≥ 0, got " + value;
        if (fraction && value > 1) return "is a fraction and must be ≤ 1, got " + value;
        if (unit.equals("flag") && value != 0 && value != 1) return "is a flag and must be 0 or 1, got " + value;
        return null;
    }
}
