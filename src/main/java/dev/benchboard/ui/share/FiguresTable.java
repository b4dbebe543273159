package dev.benchboard.ui.share;

import dev.benchboard.export.CandidateHeadline;
import dev.benchboard.export.Estimate;
import dev.benchboard.format.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * The headline figures per candidate as a table: one row per figure, one column per candidate (a
 * phone scrolls sideways through the candidates). Every cell is the value as the report states it,
 * with its interval and sample size underneath.
 */
final class FiguresTable {

    /** What one cell shows: the figure and, smaller, how sure it is and where it comes from. */
    record Cell(String value, String detail, String method) {
        static final Cell NONE = new Cell("–", "", null);

        Cell(String value, String detail) {
            this(value, detail, null);
        }
    }

    private record Row(String key, String label, Function<CandidateHeadline, Cell> cell) {}

    private final PageText text;
    private final String confidence;

    private FiguresTable(PageText text, String confidence) {
        this.text = text;
        this.confidence = confidence;
    }

    static void appendTo(Element parent, List<CandidateHeadline> candidates, String confidence, PageText text) {
        new FiguresTable(text, confidence).append(parent, candidates);
    }

    private void append(Element parent, List<CandidateHeadline> candidates) {
        List<String> headers = new ArrayList<>();
        headers.add(text.get("share.figures.figure"));
        candidates.forEach(c -> headers.add(c.candidate()));
        HtmlTable table = new HtmlTable(parent, "share-figures", headers);
        for (Row row : rows()) {
            Element tr = table.row();
            HtmlTable.rowHeader(tr, row.label());
            for (CandidateHeadline c : candidates) {
                Cell content = row.cell().apply(c);
                Element td = tr.appendElement("td");
                Markup.text(td, "span", content.value(), "bb-share-value");
                if (!content.detail().isEmpty()) Markup.text(td, "div", content.detail(), "bb-share-ci");
                td.attr("data-metric", row.key()).attr("data-candidate", c.candidate());
                if (content.method() != null) method(td, content.method(), text);
            }
        }
    }

    /**
     * How a figure was computed, readable by tap as well as by mouse: a collapsed "method" under the
     * figure (a phone has no hover), and the same text as the cell's tooltip on a desktop.
     */
    static void method(Element cell, String method, PageText text) {
        cell.attr("title", method);
        Element details = cell.appendElement("details").addClass("bb-share-method");
        Markup.text(details, "summary", text.get("share.figures.method"));
        Markup.text(details, "div", method);
    }

    private List<Row> rows() {
        return List.of(
                new Row("throughput", text.get("share.figures.throughput"), c -> estimate(c.throughput(), "run")),
                // n counts requests for one run and runs for several (the report's method says which)
                new Row("p50", text.get("share.figures.p50"), c -> estimate(c.p50(), null)),
                new Row("p99", text.get("share.figures.p99"), c -> estimate(c.p99(), null)),
                new Row("errorRate", text.get("share.figures.error-rate"), c -> errorRate(c.errorRate())),
                new Row("gcPauseP99", text.get("share.figures.gc-pause-p99"), c -> c.gcPauseP99Ms() == null ? Cell.NONE
                        : new Cell(Figures.withUnit(c.gcPauseP99Ms(), "ms"), text.get("share.figures.gc-trace", c.gcTrace()))),
                new Row("gcCpuShare", text.get("share.figures.gc-cpu-share"), c -> c.gcCpuSharePercent() == null ? Cell.NONE
                        : new Cell(Figures.withUnit(c.gcCpuSharePercent(), "%"),
                                c.heapVerdict() == null ? "" : text.get("share.figures.heap", c.heapVerdict().in(text.locale())))),
                new Row("mtbf", "MTBF", c -> estimate(c.mtbfHours(), "failure")),
                new Row("mttr", "MTTR", c -> estimate(c.mttrSeconds(), "failure")),
                new Row("availability", text.get("share.figures.availability"), c -> availability(c.availability())),
                new Row("sloCapacity", text.get("share.figures.slo-capacity"), c -> c.sloCapacityStatus() == null ? Cell.NONE
                        : new Cell(c.sloCapacityQps() == null ? Figures.NONE : Figures.withUnit(c.sloCapacityQps(), "req/s"),
                                capacityStatus(c.sloCapacityStatus(), text))),
                new Row("instances", text.get("share.figures.instances"), this::instances));
    }

    private Cell estimate(Estimate e, String sampleUnit) {
        if (e == null || e.value() == null) return Cell.NONE;
        // A tool's own summary (wrk, hey) has no sample behind it here: say so rather than "n = 0".
        String interval = "REPORTED".equals(e.origin()) && !e.bounded() ? text.get("share.figures.as-reported")
                : text.interval(e, confidence);
        return new Cell(ShareFormat.value(e), withN(interval, e.n(), sampleUnit), e.method());
    }

    private Cell errorRate(Estimate e) {
        if (e == null || e.value() == null) return Cell.NONE;
        return new Cell(Figures.fractionAsPercent(e.value()),
                withN(text.interval(e, confidence, Figures::fractionAsPercent), e.n(), "request"), e.method());
    }

    private Cell availability(Estimate e) {
        if (e == null || e.value() == null) return Cell.NONE;
        return new Cell(Figures.availability(e.value()), text.interval(e, confidence, Figures::availability), e.method());
    }

    private Cell instances(CandidateHeadline c) {
        if (c.instances() == null) return Cell.NONE;
        String detail = text.get("share.figures.redundant", String.valueOf(c.baseInstances()), String.valueOf(c.redundancy()));
        if (c.monthlyCost() != null) detail += " · " + Figures.withUnit(c.monthlyCost(), "$/month");
        return new Cell(String.valueOf(c.instances()), detail);
    }

    /** "n = 1,234 runs": the sample size with its unit ({@code run}, {@code request}, {@code failure}) in the reader's words. */
    private String withN(String interval, Integer n, String sampleUnit) {
        if (n == null || n == 0) return interval;
        String count = sampleUnit == null ? text.get("share.figures.n", Figures.count(n))
                : text.get("share.figures.n", Figures.count(n, text.get("share.figures.unit." + sampleUnit + ".one"),
                        text.get("share.figures.unit." + sampleUnit + ".other")));
        return interval.isEmpty() ? count : interval + " · " + count;
    }

    /** The capacity planner's status in words (see {@code SloCapacity.Status}). */
    static String capacityStatus(String status, PageText text) {
        return switch (status) {
            case "INTERPOLATED", "MEASURED", "SLO_NOT_REACHED", "BELOW_MEASURED_RANGE", "NO_P99" ->
                    text.get("share.capacity." + status.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            default -> status;
        };
    }
}
