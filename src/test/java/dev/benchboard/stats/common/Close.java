package dev.benchboard.stats.common;

import static org.assertj.core.api.Assertions.assertThat;

/** Relative-tolerance assertions for reference values from scipy / R. */
public final class Close {

    public static final double EXACT = 1e-9;

    private Close() {
    }

    public static void relative(Double actual, double expected, double tolerance) {
        assertThat(actual).as("value").isNotNull();
        double scale = Math.max(Math.abs(expected), Double.MIN_NORMAL);
        assertThat(Math.abs(actual - expected) / scale)
                .as("relative error of %s against %s", actual, expected)
                .isLessThanOrEqualTo(tolerance);
    }

    public static void exact(Double actual, double expected) {
        relative(actual, expected, EXACT);
    }
}
