package dev.benchboard.evaluation;

import dev.benchboard.decision.CriterionWeights;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Column;
import java.util.LinkedHashMap;
import java.util.Map;

/** Criterion weights of the weighted score; defaults from statistics.md. */
@Embeddable
public record Weights(
        @Column(name = "weight_throughput") double throughput,
        @Column(name = "weight_p99") double p99,
        @Column(name = "weight_memory") double memory,
        @Column(name = "weight_gc_pause") double gcPause,
        @Column(name = "weight_availability") double availability,
        @Column(name = "weight_ecosystem") double ecosystem) {

    /** The decision's defaults ({@link CriterionWeights#defaults()}, from statistics.md): one place for them. */
    public static Weights defaults() {
        CriterionWeights d = CriterionWeights.defaults();
        return new Weights(d.throughput(), d.p99(), d.memory(), d.gcPause(), d.availability(), d.ecosystem());
    }

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

    /** Defaults overridden by the entries present in {@code values} (unknown keys are an error). */
    public static Weights fromMap(Map<String, ? extends Number> values) {
        Map<String, Double> merged = defaults().asMap();
        values.forEach((key, value) -> {
            if (!merged.containsKey(key)) {
                throw new IllegalArgumentException("unknown weight '" + key + "'; expected one of " + merged.keySet());
            }
            if (value == null || value.doubleValue() < 0 || !Double.isFinite(value.doubleValue())) {
                throw new IllegalArgumentException("weight '" + key + "' must be a finite number ≥ 0");
            }
            merged.put(key, value.doubleValue());
        });
        return new Weights(merged.get("throughput"), merged.get("p99"), merged.get("memory"),
                merged.get("gcPause"), merged.get("availability"), merged.get("ecosystem"));
    }
}
