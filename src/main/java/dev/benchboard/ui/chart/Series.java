package dev.benchboard.ui.chart;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One named data series. The point shape decides the ApexCharts data layout: plain values (for
 * category axes), x/y points, ranges (low..high, e.g. a confidence interval) or box-plot points.
 */
public record Series(String name, List<? extends Point> points, ChartType type) {

    public Series {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
    }

    /** A point of a series; each kind knows its ApexCharts JSON form. */
    public sealed interface Point permits Value, XY, Range, Box {
        void writeTo(ArrayNode data);
    }

    /** A value on a category axis (its category is given by the axis). */
    public record Value(Double y) implements Point {
        public void writeTo(ArrayNode data) {
            if (y == null) data.addNull(); else data.add(y);
        }
    }

    /**
     * A point on two numeric axes, with an optional label drawn beside it (e.g. "c64", the load of a run) and an
     * optional note shown after the series name in its tooltip (e.g. the run it was measured in).
     */
    public record XY(double x, double y, String label, String note) implements Point {
        public XY(double x, double y) {
            this(x, y, null, null);
        }

        public XY(double x, double y, String label) {
            this(x, y, label, null);
        }

        public void writeTo(ArrayNode data) {
            ObjectNode point = data.addObject().put("x", x).put("y", y);
            if (label != null) point.put("label", label);
            if (note != null) point.put("note", note);
        }
    }

    /** A low..high interval for category x (range bars, CI whiskers, Gantt rows). */
    public record Range(String x, double low, double high) implements Point {
        public void writeTo(ArrayNode data) {
            ObjectNode point = data.addObject().put("x", x);
            point.putArray("y").add(low).add(high);
        }
    }

    /** Five-number summary for a box plot. */
    public record Box(String x, double min, double q1, double median, double q3, double max) implements Point {
        public void writeTo(ArrayNode data) {
            ObjectNode point = data.addObject().put("x", x);
            point.putArray("y").add(min).add(q1).add(median).add(q3).add(max);
        }
    }

    public static Series values(String name, List<Double> values) {
        return new Series(name, values.stream().map(Value::new).toList(), null);
    }

    /**
     * Points on two numeric axes, in the order of x: a line joins them left to right and never turns
     * back on itself (a sweep listed by concurrency drew a line that zigzagged back in throughput).
     */
    public static Series xy(String name, List<XY> points) {
        return new Series(name, points.stream().sorted(java.util.Comparator.comparingDouble(XY::x)).toList(), null);
    }

    /** Whether any point carries a note for its tooltip. */
    boolean hasPointNotes() {
        return points.stream().anyMatch(p -> p instanceof XY xy && xy.note() != null);
    }

    /** Whether any point carries a label to draw beside it. */
    boolean hasPointLabels() {
        return points.stream().anyMatch(p -> p instanceof XY xy && xy.label() != null);
    }

    public static Series ranges(String name, List<Range> ranges) {
        return new Series(name, ranges, null);
    }

    public static Series boxes(String name, List<Box> boxes) {
        return new Series(name, boxes, null);
    }

    /** The same data drawn as another type, for mixed charts (e.g. a line over bars). */
    public Series as(ChartType drawnAs) {
        return new Series(name, points, drawnAs);
    }

    ObjectNode toJson(JsonNodeFactory nodes) {
        ObjectNode json = nodes.objectNode().put("name", name);
        if (type != null) json.put("type", type.apexName());
        ArrayNode data = json.putArray("data");
        points.forEach(point -> point.writeTo(data));
        return json;
    }
}
