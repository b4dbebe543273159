package dev.benchboard.decision;

import java.util.Arrays;
import java.util.Optional;

/** Which end of a scale is better; spelled "highest" / "lowest" in the JSON files. */
public enum Order {
    HIGHEST("highest"),
    LOWEST("lowest");

    private final String json;

    Order(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    static Optional<Order> parse(String text) {
        return Arrays.stream(values()).filter(o -> o.json.equals(text)).findFirst();
    }

    /** Negative when {@code a} is better than {@code b}, so a plain ascending sort puts the best first. */
    int compareBestFirst(double a, double b) {
        return this == HIGHEST ? Double.compare(b, a) : Double.compare(a, b);
    }
}
