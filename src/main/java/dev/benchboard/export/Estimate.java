package dev.benchboard.export;

import tools.jackson.databind.JsonNode;

/**
 * A figure read back from report JSON: value with its 95 % interval (null ends when the report
 * has none), sample size, unit, origin and method, exactly as the report states them.
 */
public record Estimate(Double value, Double ciLow, Double ciHigh, Integer n, String unit, String origin, String method) {

    /** From a report {@code Figure} ({value, ciLow, ciHigh, unit, origin, n, method}); null when absent. */
    static Estimate ofFigure(JsonNode figure) {
        if (JsonValues.absent(figure)) return null;
        return new Estimate(JsonValues.number(figure.path("value")), JsonValues.number(figure.path("ciLow")),
                JsonValues.number(figure.path("ciHigh")), JsonValues.integer(figure.path("n")),
                JsonValues.text(figure.path("unit")), JsonValues.text(figure.path("origin")),
                JsonValues.text(figure.path("method")));
    }

    /** From a value and an interval node ({lower, upper, method}); null when the value is absent. */
    static Estimate ofInterval(JsonNode value, JsonNode interval, Integer n, String unit) {
        Double v = JsonValues.number(value);
        if (v == null) return null;
        return new Estimate(v, JsonValues.number(interval.path("lower")), JsonValues.number(interval.path("upper")), n,
                unit, "measured", JsonValues.text(interval.path("method")));
    }

    public boolean bounded() {
        return ciLow != null && ciHigh != null;
    }
}
