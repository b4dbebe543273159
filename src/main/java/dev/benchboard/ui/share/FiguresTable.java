package dev.benchboard.ui.share;

import dev.benchboard.export.CandidateHeadline;
import dev.benchboard.export.Estimate;
import dev.benchboard.ui.Format;
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

    private FiguresTable() {
    }

    static void appendTo(Element parent, List<CandidateHeadline> candidates, String confidence) {
        List<String> headers = new ArrayList<>();
        headers.add("Figure");
        candidates.forEach(c -> headers.add(c.candidate()));
        HtmlTable table = new HtmlTable(parent, "share-figures", headers);
        for (Row row : rows(confidence)) {
            Element tr = table.row();
            HtmlTable.rowHeader(tr, row.label());
            for (CandidateHeadline c : candidates) {
                Cell content = row.cell().apply(c);
                Element td = tr.appendElement("td");
                Markup.text(td, "span", content.value(), "bb-share-value");
                if (!content.detail().isEmpty()) Markup.text(td, "div", content.detail(), "bb-share-ci");
                td.attr("data-metric", row.key()).attr("data-candidate", c.candidate());
                if (content.method() != null) method(td, content.method());
            }
        }
    }

    /**
     * How a figure was computed, readable by tap as well as by mouse: a collapsed "method" under the
     * figure (a phone has no hover), and the same text as the cell's tooltip on a desktop.
     */
    static void method(Element cell, String method) {
        cell.attr("title", method);
        Element details = cell.appendElement("details").addClass("bb-share-method");
        Markup.text(details, "summary", "method");
        Markup.text(details, "div", method);
    }

    private static List<Row> rows(String confidence) {
        return List.of(
                new Row("throughput", "Throughput (mean of runs)", c -> estimate(c.throughput(), confidence, "run")),
                // n counts requests for one run and runs for several (the report's method says which)
                new Row("p50", "Latency P50", c -> estimate(c.p50(), confidence, null)),
                new Row("p99", "Latency P99", c -> estimate(c.p99(), confidence, null)),
                new Row("errorRate", "Error rate", c -> errorRate(c.errorRate(), confidence)),
                new Row("gcPauseP99", "GC pause P99", c -> c.gcPauseP99Ms() == null ? Cell.NONE
                        : new Cell(Format.number(c.gcPauseP99Ms(), "ms"), "trace " + c.gcTrace())),
                new Row("gcCpuShare", "GC CPU share", c -> c.gcCpuSharePercent() == null ? Cell.NONE
                        : new Cell(Format.number(c.gcCpuSharePercent(), "%"), c.heapVerdict() == null ? "" : "heap: " + c.heapVerdict())),
                new Row("mtbf", "MTBF", c -> estimate(c.mtbfHours(), confidence, "failure")),
                new Row("mttr", "MTTR", c -> estimate(c.mttrSeconds(), confidence, "failure")),
                new Row("availability", "Availability (observed)", c -> availability(c.availability(), confidence)),
                new Row("sloCapacity", "SLO-bound capacity per instance", c -> c.sloCapacityStatus() == null ? Cell.NONE
                        : new Cell(c.sloCapacityQps() == null ? "–" : Format.number(c.sloCapacityQps(), "req/s"),
                                capacityStatus(c.sloCapacityStatus()))),
                new Row("instances", "Instances for the target load", FiguresTable::instances));
    }

    private static Cell estimate(Estimate e, String confidence, String sampleUnit) {
        if (e == null || e.value() == null) return Cell.NONE;
        // A tool's own summary (wrk, hey) has no sample behind it here: say so rather than "n = 0".
        String interval = "REPORTED".equals(e.origin()) && !e.bounded() ? "as reported by the tool, no interval"
                : ShareFormat.interval(e, confidence);
        return new Cell(ShareFormat.value(e), withN(interval, e.n(), sampleUnit), e.method());
    }

    private static Cell errorRate(Estimate e, String confidence) {
        if (e == null || e.value() == null) return Cell.NONE;
        return new Cell(ShareFormat.percent(e.value()),
                withN(ShareFormat.interval(e, confidence, ShareFormat::percent), e.n(), "request"), e.method());
    }

    private static Cell availability(Estimate e, String confidence) {
        if (e == null || e.value() == null) return Cell.NONE;
        return new Cell(ShareFormat.availability(e.value()),
                ShareFormat.interval(e, confidence, ShareFormat::availability), e.method());
    }

    private static Cell instances(CandidateHeadline c) {
        if (c.instances() == null) return Cell.NONE;
        String detail = c.baseInstances() + " + " + c.redundancy() + " redundant";
        if (c.monthlyCost() != null) detail += " · " + Format.number(c.monthlyCost(), "$/month");
        return new Cell(String.valueOf(c.instances()), detail);
    }

    private static String withN(String interval, Integer n, String sampleUnit) {
        if (n == null || n == 0) return interval;
        String count = "n = " + String.format(java.util.Locale.ROOT, "%,d", n)
                + (sampleUnit == null ? "" : " " + sampleUnit + (n == 1 ? "" : "s"));
        return interval.isEmpty() ? count : interval + " · " + count;
    }

    /** The capacity planner's status in words (see {@code SloCapacity.Status}). */
    static String capacityStatus(String status) {
        return switch (status) {
            case "INTERPOLATED" -> "interpolated where P99 crosses the SLO";
            case "MEASURED" -> "highest throughput measured under the SLO";
            case "SLO_NOT_REACHED" -> "at least this: the sweep never reached the SLO";
            case "BELOW_MEASURED_RANGE" -> "below the measured range: even the lightest load misses the SLO";
            case "NO_P99" -> "no P99 in the sweep";
            default -> status;
        };
    }
}
