package dev.benchboard.stats.ops;

/**
 * A confidence interval that says how it was obtained.
 *
 * @param lower      lower bound
 * @param upper      upper bound, null when the interval is unbounded above (e.g. MTBF with no failures)
 * @param confidence coverage, e.g. 0.95
 * @param method     how the bounds were computed, in words a reader can check
 */
public record Interval(double lower, Double upper, double confidence, String method) {

    public static Interval lowerBoundOnly(double lower, double confidence, String method) {
        return new Interval(lower, null, confidence, method);
    }

    public boolean boundedAbove() {
        return upper != null;
    }

    /** True when the whole interval lies strictly above zero or strictly below it. */
    public boolean excludesZero() {
        return lower > 0 || (upper != null && upper < 0);
    }

    /** The same interval in other units (factor > 0). */
    public Interval scaled(double factor) {
        return new Interval(lower * factor, upper == null ? null : upper * factor, confidence, method);
    }
}
