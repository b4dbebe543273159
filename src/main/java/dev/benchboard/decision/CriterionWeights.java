package dev.benchboard.decision;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The weights of the six criteria of the weighted score, as the decision reads them: the plain form of the
 * evaluation's weights (mapped at the boundary, in {@code report.DecisionInputs}), so the decision needs no JPA
 * entity.
 */
public record CriterionWeights(double throughput, double p99, double memory, double gcPause, double availability,
                               double ecosystem) {

    /** The defaults of statistics.md (the evaluation's weights start from them). */
    public static CriterionWeights defaults() {
        return new CriterionWeights(0.2, 0.25, 0.1, 0.1, 0.2, 0.15);
    }

    /** By weight key ({@link Criterion#weightKey()}), in the order of the criteria. */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("throughput", throughput);
        map.put("p99", p99);
        map.put("memory", memory);
        map.put("gcPause", gcPause);
        map.put("availability", availability);
        map.put("ecosystem", ecosystem);
        return map;
    }
}
