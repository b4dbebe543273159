package dev.benchboard.ui.chart;

import dev.benchboard.format.Figures;
import dev.benchboard.ui.i18n.Translations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed builder for the ApexCharts options Benchboard needs. Everything that reaches the browser is
 * produced here, so the options can be tested without one. Units travel as hints ({@code bbUnit})
 * that the web component turns into label and tooltip formatters.
 */
public final class ChartOptions {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ChartType type;
    private String title;
    private String subtitle;
    private int height = 320;
    private List<String> categories;
    private String xTitle;
    private String xUnit;
    private boolean xNumeric;
    private boolean xDateTime;
    private String yTitle;
    private String yUnit;
    private Integer yDecimals;
    private boolean yLogarithmic;
    private boolean xIntegers;
    private Double yMin;
    private boolean horizontal;
    private boolean stacked;
    private final List<Annotation> lines = new ArrayList<>();
    private final List<Annotation> verticalLines = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();
    private List<String> colors;
    private Locale locale = Locale.ENGLISH;

    private record Annotation(double y, String label, String color) {}

    private ChartOptions(ChartType type) {
        this.type = type;
    }

    public static ChartOptions of(ChartType type) {
        return new ChartOptions(type);
    }

    public ChartOptions title(String title) { this.title = title; return this; }

    /**
     * The reader's language: ApexCharts' own texts (months, the toolbar's download and zoom menu) in it, and the
     * text this class writes itself (the note on values a log axis cannot draw). English by default;
     * {@link ApexChart} sets the UI's locale.
     */
    public ChartOptions locale(Locale locale) { this.locale = locale == null ? Locale.ENGLISH : locale; return this; }

    /** The name of ApexCharts' locale for a language ({@code zh-cn} is registered in {@code bb-apex-chart.ts}). */
    static String apexLocale(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? "zh-cn" : "en";
    }

    public ChartOptions subtitle(String subtitle) { this.subtitle = subtitle; return this; }

    public ChartOptions height(int pixels) { this.height = pixels; return this; }

    /** Category x axis (bars per candidate, for instance). */
    public ChartOptions categories(List<String> categories) { this.categories = List.copyOf(categories); return this; }

    /** Numeric x axis with a title and unit (concurrency, throughput). */
    public ChartOptions numericX(String title, String unit) {
        this.xNumeric = true; this.xTitle = title; this.xUnit = unit; return this;
    }

    /** Time x axis; x values are epoch milliseconds. */
    public ChartOptions dateTimeX(String title) { this.xDateTime = true; this.xTitle = title; return this; }

    public ChartOptions yAxis(String title, String unit) { this.yTitle = title; this.yUnit = unit; return this; }

    public ChartOptions yDecimals(int decimals) { this.yDecimals = decimals; return this; }

    public ChartOptions yMin(double min) { this.yMin = min; return this; }

    /**
     * Logarithmic y axis, for latency distributions whose tails span decades. Drawn by this class, not
     * by ApexCharts' own log axis: the values travel as log10, so a value of 0 or below (which has no
     * place on a log axis and made ApexCharts draw "M 0 -Infinity" paths and log errors) is left out
     * and the subtitle says so; the axis runs from decade to decade with a tick at each (1, 10, 100 ms);
     * reference lines sit at their true height. Labels and tooltips show the values again.
     */
    public ChartOptions logarithmicY() { this.yLogarithmic = true; return this; }

    /** A numeric x axis of whole numbers (concurrency, connections): ticks at round integer steps from 0. */
    public ChartOptions integerX() { this.xIntegers = true; return this; }

    /** Bars drawn horizontally (range bars as a Gantt chart, for instance). */
    public ChartOptions horizontal() { this.horizontal = true; return this; }

    public ChartOptions stacked() { this.stacked = true; return this; }

    public ChartOptions colors(List<String> colors) { this.colors = List.copyOf(colors); return this; }

    /** A horizontal reference line such as an SLO. */
    public ChartOptions horizontalLine(double y, String label, String color) {
        lines.add(new Annotation(y, label, color)); return this;
    }

    /** A vertical reference line on a numeric x axis, such as a capacity limit. */
    public ChartOptions verticalLine(double x, String label, String color) {
        verticalLines.add(new Annotation(x, label, color)); return this;
    }

    public ChartOptions series(List<Series> series) {
        this.series.clear(); this.series.addAll(series); return this;
    }

    public ChartOptions addSeries(Series series) { this.series.add(series); return this; }

    public List<Series> series() { return List.copyOf(series); }

    public ChartType type() { return type; }

    public ObjectNode toJson() {
        ObjectNode root = NODES.objectNode();
        ObjectNode chart = root.putObject("chart").put("type", type.apexName()).put("height", height)
                .put("fontFamily", "inherit").put("stacked", stacked).put("defaultLocale", apexLocale(locale));
        chart.putObject("toolbar").put("show", true);
        chart.putObject("animations").put("enabled", false);
        chart.putObject("zoom").put("enabled", xNumeric || xDateTime);
        if (title != null) root.putObject("title").put("text", title);
        String caption = subtitle;
        int leftOut = yLogarithmic ? LogAxis.nonPositive(series) : 0;
        if (leftOut > 0) {
            String note = Translations.get(locale, leftOut == 1 ? "chart.log-axis.left-out.one" : "chart.log-axis.left-out.other",
                    Figures.count(leftOut));
            caption = caption == null ? note : caption + " · " + note;
        }
        if (caption != null) root.putObject("subtitle").put("text", caption);
        if (colors != null) colors.forEach(root.withArray("colors")::add);
        ObjectNode dataLabels = root.putObject("dataLabels").put("enabled", false);
        if (series.stream().anyMatch(Series::hasPointLabels)) {
            // Labels travel with their points (Series.XY#label): shown on the series that have them only.
            dataLabels.put("enabled", true).put("bbPointLabels", true).put("offsetY", -6);
            ArrayNode on = dataLabels.putArray("enabledOnSeries");
            for (int i = 0; i < series.size(); i++) if (series.get(i).hasPointLabels()) on.add(i);
            dataLabels.putObject("style").put("fontSize", "11px").put("fontWeight", "normal");
            dataLabels.putObject("background").put("enabled", false);
        }
        root.putObject("legend").put("show", true).put("showForSingleSeries", false);
        if (type == ChartType.BAR || type == ChartType.RANGE_BAR) {
            root.putObject("plotOptions").putObject("bar").put("horizontal", horizontal);
        }
        if (type != ChartType.SCATTER && series.stream().anyMatch(s -> s.type() == ChartType.SCATTER)) {
            // In a line chart markers default to size 0: scatter series (e.g. the measured points under
            // a fitted curve) were in the legend but not drawn.
            ArrayNode sizes = root.putObject("markers").putArray("size");
            series.forEach(s -> sizes.add(s.type() == ChartType.SCATTER ? 5 : 0));
        }
        writeXAxis(root.putObject("xaxis"));
        writeYAxis(root.putObject("yaxis"));
        ObjectNode tooltip = root.putObject("tooltip").put("shared", false);
        if (yUnit != null) tooltip.put("bbUnit", yUnit);
        if (yLogarithmic) tooltip.put("bbLog", true);
        if (yDecimals != null) tooltip.put("bbDecimals", yDecimals);
        if (series.stream().anyMatch(Series::hasPointNotes)) tooltip.put("bbPointNotes", true);
        if (!lines.isEmpty()) annotations(root.withObjectProperty("annotations").putArray("yaxis"), "y",
                yLogarithmic ? lines.stream().filter(l -> l.y() > 0).map(l -> new Annotation(Math.log10(l.y()), l.label(), l.color())).toList() : lines);
        if (!verticalLines.isEmpty()) annotations(root.withObjectProperty("annotations").putArray("xaxis"), "x", verticalLines);
        root.set("series", seriesJson());
        return root;
    }

    private void writeXAxis(ObjectNode x) {
        if (xDateTime) x.put("type", "datetime");
        else if (xNumeric) x.put("type", "numeric");
        if (categories != null) categories.forEach(x.withArray("categories")::add);
        if (xTitle != null) x.putObject("title").put("text", axisTitle(xTitle, xUnit));
        if (xUnit != null) x.put("bbUnit", xUnit);
        java.util.DoubleSummaryStatistics xs = series.stream().flatMap(s -> s.points().stream())
                .filter(p -> p instanceof Series.XY).mapToDouble(p -> ((Series.XY) p).x()).filter(Double::isFinite).summaryStatistics();
        if (xIntegers) {
            x.put("bbDecimals", 0).put("decimalsInFloat", 0);
            double max = xs.getCount() == 0 ? 1 : xs.getMax();
            double step = NiceScale.step(max / 5);
            double end = Math.ceil(max / step) * step;
            x.put("min", 0).put("max", end).put("tickAmount", (int) Math.round(end / step));
        } else if (xNumeric && xs.getCount() > 0 && xs.getMax() > xs.getMin()) {
            // Round ticks (20,000 / 40,000 req/s), not the data's own ends cut in equal parts (23,020 / 31,606 …).
            double step = NiceScale.anyStep((xs.getMax() - xs.getMin()) / 5);
            double start = Math.floor(xs.getMin() / step) * step;
            double end = Math.ceil(xs.getMax() / step) * step;
            x.put("min", start).put("max", end).put("tickAmount", (int) Math.round((end - start) / step));
        }
    }

    private void writeYAxis(ObjectNode y) {
        if (yTitle != null) y.putObject("title").put("text", axisTitle(yTitle, yUnit));
        if (yLogarithmic) {
            LogAxis.Decades decades = LogAxis.decades(lines.stream().mapToDouble(Annotation::y).toArray(), series);
            y.put("min", decades.low()).put("max", decades.high()).put("tickAmount", decades.high() - decades.low())
                    .put("bbLog", true);
        } else if (yMin != null) {
            y.put("min", yMin);
        }
        if (yUnit != null) y.put("bbUnit", yUnit);
        if (yDecimals != null) y.put("bbDecimals", yDecimals);
        y.put("forceNiceScale", !yLogarithmic);
    }

    /** "Latency (ms)", "延迟（ms）": the unit reads the same in every language, its brackets are the language's. */
    private String axisTitle(String title, String unit) {
        return unit == null ? title : Translations.get(locale, "share.unit-in-title", title, unit);
    }

    private static void annotations(ArrayNode target, String axis, List<Annotation> annotations) {
        for (Annotation line : annotations) {
            ObjectNode a = target.addObject().put(axis, line.y()).put("borderColor", line.color()).put("strokeDashArray", 6);
            a.putObject("label").put("text", line.label()).put("borderColor", line.color())
                    .putObject("style").put("color", "#fff").put("background", line.color());
        }
    }

    /** The series as the browser receives them: on a log axis as log10 of each value, 0 and below left out. */
    ArrayNode seriesJson() {
        ArrayNode array = NODES.arrayNode();
        series.forEach(s -> array.add(yLogarithmic ? LogAxis.toLog(s.toJson(NODES)) : s.toJson(NODES)));
        return array;
    }
}
