package dev.benchboard.decision;

import java.util.List;
import java.util.Optional;

/** How a node-level test turns the candidates' facts into one number. */
public enum Aggregate implements Keyed {
    MAX("max"), MIN("min");

    private final String key;

    Aggregate(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    static Optional<Aggregate> byKey(String key) {
        return Keyed.byKey(values(), key);
    }

    static List<String> keys() {
        return Keyed.keys(values());
    }

    /** True when {@code candidate} replaces {@code current} as the aggregate (first one wins ties). */
    boolean beats(double candidate, double current) {
        return this == MAX ? candidate > current : candidate < current;
    }
}
