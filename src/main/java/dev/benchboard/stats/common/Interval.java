package dev.benchboard.stats.common;

import dev.benchboard.format.Sentence;

/**
 * A confidence interval that says how it was obtained.
 *
 * <p>An end the data cannot bound is an infinity, on either side: a distribution-free percentile
 * interval from too few observations has {@link Double#NEGATIVE_INFINITY} below or
 * {@link Double#POSITIVE_INFINITY} above, the MTBF interval with no failures has an infinite upper
 * end. Infinities (rather than nulls) keep the arithmetic on intervals right without special cases —
 * the reciprocal of an unbounded MTBF end is a failure rate of 0, scaling keeps it unbounded — and
 * {@link #lowerBounded()} / {@link #upperBounded()} say so without comparing to infinities.
 *
 * @param lower           lower end (may be {@link Double#NEGATIVE_INFINITY})
 * @param upper           upper end (may be {@link Double#POSITIVE_INFINITY})
 * @param confidenceLevel the coverage the method aims at or attains, e.g. 0.95
 * @param method          how the ends were computed, in words a reader can check
 */
public record Interval(double lower, double upper, double confidenceLevel, Sentence method) {

    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("not an interval: [" + lower + ", " + upper + "]");
        }
        if (method == null || method.english().isBlank()) {
            throw new IllegalArgumentException("an interval must say how it was computed");
        }
    }

    /** An interval bounded below only: [lower, ∞). */
    public static Interval lowerBoundOnly(double lower, double confidenceLevel, Sentence method) {
        return new Interval(lower, Double.POSITIVE_INFINITY, confidenceLevel, method);
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

    /** The same interval in other units (factor &gt; 0); infinite ends stay infinite. */
    public Interval scaled(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("scale factor must be positive: " + factor);
        }
        return new Interval(lower * factor, upper * factor, confidenceLevel, method);
    }
}
