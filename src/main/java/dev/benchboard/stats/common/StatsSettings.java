package dev.benchboard.stats.common;

/**
 * The settings a statistic was computed with, echoed in every result so the UI can show them.
 * Mirrors the evaluation's statistics settings without depending on the persistence layer.
 *
 * @param alpha                     significance level of tests; intervals are at 1 − alpha
 * @param practicalThresholdPercent smallest |Δ%| that counts as a real change (default 5 %)
 * @param bootstrapResamples        resamples of every bootstrap (default 2,000)
 * @param randomSeed                seed of every random generator, so results are reproducible
 */
public record StatsSettings(double alpha, double practicalThresholdPercent, int bootstrapResamples, long randomSeed) {

    public StatsSettings {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie in (0, 1): " + alpha);
        }
        if (!(practicalThresholdPercent >= 0)) {
            throw new IllegalArgumentException("practical threshold must be ≥ 0 %: " + practicalThresholdPercent);
        }
        if (bootstrapResamples < 100) {
            throw new IllegalArgumentException("at least 100 bootstrap resamples are needed: " + bootstrapResamples);
        }
    }

    public static StatsSettings defaults() {
        return new StatsSettings(0.05, 5.0, 2000, 42L);
    }

    public double confidenceLevel() {
        return 1.0 - alpha;
    }
}
