package dev.benchboard.evaluation;

import jakarta.persistence.Embeddable;

/** Settings of the statistics, stored with the evaluation and echoed next to every result. */
@Embeddable
public record StatisticsSettings(
        double alpha,
        double practicalThresholdPercent,
        int bootstrapResamples,
        long randomSeed) {

    public static StatisticsSettings defaults() {
        return new StatisticsSettings(0.05, 5.0, 2000, 42L);
    }
}
