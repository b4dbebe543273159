package dev.benchboard.stats.common;

/**
 * A confidence interval. An end that the data cannot bound (too few observations for a
 * distribution-free interval) is an infinity; {@link #lowerBounded()} and {@link #upperBounded()}
 * say so without comparing to infinities.
 *
 * @param lower           lower end (may be {@link Double#NEGATIVE_INFINITY})
 * @param upper           upper end (may be {@link Double#POSITIVE_INFINITY})
 * @param confidenceLevel the coverage the method aims at or attains, e.g. 0.95
 */
public record Interval(double lower, double upper, double confidenceLevel) {

    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("not an interval: [" + lower + ", " + upper + "]");
        }
    }

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /** True when the whole interval lies strictly on one side of {@code value}. */
    public boolean excludes(double value) {
        return !contains(value);
    }

    public boolean lowerBounded() {
        return lower != Double.NEGATIVE_INFINITY;
    }

    public boolean upperBounded() {
        return upper != Double.POSITIVE_INFINITY;
    }

    public Interval scaled(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("scale factor must be positive: " + factor);
        }
        return new Interval(lower * factor, upper * factor, confidenceLevel);
    }
}
