package dev.benchboard.decision;

import java.util.List;
import java.util.Optional;

/** Which end of a scale is better; spelled "highest" / "lowest" in the JSON files. */
public enum Order implements Keyed {
    HIGHEST("highest"),
    LOWEST("lowest");

    private final String json;

    Order(String json) {
        this.json = json;
    }

    @Override
    public String key() {
        return json;
    }

    static Optional<Order> byKey(String key) {
        return Keyed.byKey(values(), key);
    }

    static List<String> keys() {
        return Keyed.keys(values());
    }

    /** Negative when {@code a} is better than {@code b}, so a plain ascending sort puts the best first. */
    int compareBestFirst(double a, double b) {
        return this == HIGHEST ? Double.compare(b, a) : Double.compare(a, b);
    }
}
