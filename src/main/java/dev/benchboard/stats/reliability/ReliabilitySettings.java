package dev.benchboard.stats.reliability;

import java.util.Map;

/**
 * Settings of the reliability statistics, echoed in every report.
 *
 * @param confidence           two-sided coverage of the intervals, default 0.95
 * @param bootstrapResamples   resamples of the MTTR bootstrap, default 2,000
 * @param seed                 seed of the bootstrap's random generator (fixed so reports are reproducible)
 * @param availabilitySlo      availability objective as a fraction (0.9995), null when not set
 * @param litmusWeights        weight of each Litmus experiment (by its experiment name) in the resilience score
 * @param defaultLitmusWeight  weight of experiments not listed, default 1
 */
public record ReliabilitySettings(
        double confidence,
        int bootstrapResamples,
        long seed,
        Double availabilitySlo,
        Map<String, Double> litmusWeights,
        double defaultLitmusWeight) {

    public ReliabilitySettings {
        if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("confidence must be in (0, 1)");
        if (bootstrapResamples < 100) throw new IllegalArgumentException("at least 100 bootstrap resamples");
        if (availabilitySlo != null && !(availabilitySlo > 0 && availabilitySlo < 1)) {
            throw new IllegalArgumentException("availability SLO must be a fraction in (0, 1), e.g. 0.9995");
        }
        if (!(defaultLitmusWeight >= 0)) throw new IllegalArgumentException("weights must be ≥ 0");
        litmusWeights = litmusWeights == null ? Map.of() : Map.copyOf(litmusWeights);
    }

    public static ReliabilitySettings defaults() {
        return new ReliabilitySettings(0.95, 2000, 42L, null, Map.of(), 1.0);
    }

    public ReliabilitySettings withAvailabilitySlo(Double slo) {
        return new ReliabilitySettings(confidence, bootstrapResamples, seed, slo, litmusWeights, defaultLitmusWeight);
    }

    public ReliabilitySettings withLitmusWeights(Map<String, Double> weights) {
        return new ReliabilitySettings(confidence, bootstrapResamples, seed, availabilitySlo, weights, defaultLitmusWeight);
    }

    double litmusWeight(String experiment) {
        return experiment == null ? defaultLitmusWeight : litmusWeights.getOrDefault(experiment, defaultLitmusWeight);
    }
}
