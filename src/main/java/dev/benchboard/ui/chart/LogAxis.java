package dev.benchboard.ui.chart;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A log axis drawn as a linear axis of log10 values (see {@link ChartOptions#logarithmicY}): which
 * values can be drawn, the decades the axis spans, and the series in log form.
 */
final class LogAxis {

    /** The axis from 10^low to 10^high. */
    record Decades(int low, int high) {}

    private LogAxis() {
    }

    /** How many y values of the series cannot be drawn on a log axis (0 or below). */
    static int nonPositive(List<Series> series) {
        return (int) series.stream().flatMap(s -> s.points().stream()).mapToDouble(LogAxis::y)
                .filter(y -> !Double.isNaN(y) && y <= 0).count();
    }

    /** The whole decades around every positive value and reference line (the top one strictly above); at least one decade. */
    static Decades decades(double[] lines, List<Series> series) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (Series.Point p : s.points()) {
                double y = y(p);
                if (y > 0 && Double.isFinite(y)) { min = Math.min(min, y); max = Math.max(max, y); }
            }
        }
        for (double line : lines) {
            if (line > 0 && Double.isFinite(line)) { min = Math.min(min, line); max = Math.max(max, line); }
        }
        if (min > max) return new Decades(0, 1);
        int low = (int) Math.floor(Math.log10(min));
        // The decade above the largest value, even when it is a power of ten: an SLO line of exactly 10 ms
        // drawn on the top edge was hidden behind it.
        int high = (int) Math.floor(Math.log10(max)) + 1;
        return new Decades(low, Math.max(high, low + 1));
    }

    /** The series' JSON with each y as log10 (null where it cannot be drawn). */
    static ObjectNode toLog(ObjectNode series) {
        ArrayNode data = (ArrayNode) series.get("data");
        for (int i = 0; i < data.size(); i++) {
            JsonNode point = data.get(i);
            if (point.isNumber()) {
                if (point.asDouble() > 0) data.set(i, Math.log10(point.asDouble())); else data.setNull(i);
            } else if (point.isObject() && point.get("y") != null && point.get("y").isNumber()) {
                double y = point.get("y").asDouble();
                if (y > 0) ((ObjectNode) point).put("y", Math.log10(y)); else ((ObjectNode) point).putNull("y");
            }
        }
        return series;
    }

    private static double y(Series.Point p) {
        return switch (p) {
            case Series.Value v -> v.y() == null ? Double.NaN : v.y();
            case Series.XY xy -> xy.y();
            default -> Double.NaN;
        };
    }
}
