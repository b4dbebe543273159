package dev.benchboard.decision;

import java.util.List;
import java.util.Optional;

/**
 * Quantities computed from the requirements (and tree parameters) that tests compare facts with.
 * The formulas are documented in docs/decision-tree.md and printed in the evidence of every node.
 */
public enum DerivedQuantity implements Keyed {
    /**
     * targetQps × (1 + headroomPercent / 100) / (maxInstances − redundancy): the SLO-bound capacity one
     * instance must sustain so that the fleet fits the instance budget. It is the instance formula of
     * statistics.md (⌈target × (1 + headroom) / capacity⌉ + k ≤ maxInstances) solved for the capacity.
     */
    REQUIRED_PER_INSTANCE_QPS("requiredPerInstanceQps", "rps", List.of("maxInstances"));

    private final String key;
    private final String unit;
    private final List<String> parameters;

    DerivedQuantity(String key, String unit, List<String> parameters) {
        this.key = key;
        this.unit = unit;
        this.parameters = parameters;
    }

    public String key() {
        return key;
    }

    String unit() {
        return unit;
    }

    /** Tree parameters the formula needs. */
    List<String> parameters() {
        return parameters;
    }

    static Optional<DerivedQuantity> byKey(String key) {
        return Keyed.byKey(values(), key);
    }

    static List<String> keys() {
        return Keyed.keys(values());
    }
}
