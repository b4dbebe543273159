package dev.benchboard.ui.share;

import dev.benchboard.export.CandidateHeadline;
import dev.benchboard.export.Estimate;
import dev.benchboard.ui.Format;
import dev.benchboard.ui.chart.ApexChart;
import dev.benchboard.ui.chart.ChartOptions;
import dev.benchboard.ui.chart.ChartType;
import dev.benchboard.ui.chart.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The shared report's charts, drawn from the snapshot's figures only. */
final class ShareCharts {

    private static final String SLO_COLOR = "#c62828";
    private static final String CI_COLOR = "#263238";

    private ShareCharts() {
    }

    /**
     * P99 per candidate: the estimate as a bar, the ends of its confidence interval as short marker
     * lines on the bar (ApexCharts "goals"; intervals without a finite end have no markers), and the
     * SLO as a dashed line. The y axis reaches the SLO and the interval ends so neither is cut off.
     */
    static Optional<ApexChart> p99(List<CandidateHeadline> candidates, Double sloMs, String confidence) {
        List<CandidateHeadline> with = candidates.stream().filter(c -> has(c.p99())).toList();
        if (with.isEmpty()) return Optional.empty();
        ChartOptions options = ChartOptions.of(ChartType.BAR)
                .title("Latency P99 by candidate")
                .subtitle("bar: estimate · black marks: " + confidence + " interval where bounded"
                        + (sloMs == null ? "" : " · dashed: SLO"))
                .categories(with.stream().map(CandidateHeadline::candidate).toList())
                .yAxis("P99 latency", "ms")
                .yMin(0)
                .height(300)
                .series(List.of(Series.values("P99", with.stream().map(c -> c.p99().value()).toList())));
        if (sloMs != null) options.horizontalLine(sloMs, "SLO " + Format.number(sloMs, "ms"), SLO_COLOR);

        ArrayNode series = JsonNodeFactory.instance.arrayNode();
        ObjectNode p99 = series.addObject().put("name", "P99");
        ArrayNode data = p99.putArray("data");
        double top = sloMs == null ? 0 : sloMs;
        for (CandidateHeadline c : with) {
            Estimate e = c.p99();
            ObjectNode point = data.addObject().put("x", c.candidate()).put("y", e.value());
            top = Math.max(top, e.value());
            if (e.bounded()) {
                ArrayNode goals = point.putArray("goals");
                goals.addObject().put("name", confidence + " CI low").put("value", e.ciLow())
                        .put("strokeHeight", 3).put("strokeColor", CI_COLOR);
                goals.addObject().put("name", confidence + " CI high").put("value", e.ciHigh())
                        .put("strokeHeight", 3).put("strokeColor", CI_COLOR);
                top = Math.max(top, e.ciHigh());
            }
        }
        ObjectNode config = options.toJson();
        ((ObjectNode) config.get("yaxis")).put("max", top * 1.15);
        ApexChart chart = new ApexChart(options);
        // The typed chart API has no per-point markers: the same options plus the interval marks and the axis
        // maximum go to the web component directly (its "series" property wins over the options' series).
        chart.getElement().setProperty("config", config.toString());
        chart.getElement().setProperty("series", series.toString());
        chart.setId("share-p99-chart");
        return Optional.of(chart);
    }

    /** Mean throughput per candidate (its interval is in the figures table: with few runs it is very wide). */
    static Optional<ApexChart> throughput(List<CandidateHeadline> candidates) {
        List<CandidateHeadline> with = candidates.stream().filter(c -> has(c.throughput())).toList();
        if (with.isEmpty()) return Optional.empty();
        ApexChart chart = new ApexChart(ChartOptions.of(ChartType.BAR)
                .title("Throughput by candidate")
                .subtitle("mean of the load-test runs; intervals in the table")
                .categories(with.stream().map(CandidateHeadline::candidate).toList())
                .yAxis("Throughput", "req/s")
                .yMin(0)
                .height(300)
                .series(List.of(Series.values("Throughput", with.stream().map(c -> c.throughput().value()).toList()))));
        chart.setId("share-throughput-chart");
        return Optional.of(chart);
    }

    /** P50 … P99.9 per candidate on a log axis, where the tails show. */
    static Optional<ApexChart> percentiles(List<CandidateHeadline> candidates) {
        List<CandidateHeadline> with = candidates.stream().filter(c -> has(c.p50()) || has(c.p99())).toList();
        if (with.isEmpty()) return Optional.empty();
        List<Series> series = new ArrayList<>();
        addPercentile(series, "P50", with, CandidateHeadline::p50);
        addPercentile(series, "P90", with, CandidateHeadline::p90);
        addPercentile(series, "P99", with, CandidateHeadline::p99);
        addPercentile(series, "P99.9", with, CandidateHeadline::p999);
        ApexChart chart = new ApexChart(ChartOptions.of(ChartType.BAR)
                .title("Latency percentiles by candidate")
                .subtitle("logarithmic axis")
                .categories(with.stream().map(CandidateHeadline::candidate).toList())
                .yAxis("Latency", "ms")
                .logarithmicY()
                .height(300)
                .series(series));
        chart.setId("share-percentiles-chart");
        return Optional.of(chart);
    }

    private static void addPercentile(List<Series> series, String name, List<CandidateHeadline> candidates,
                                      Function<CandidateHeadline, Estimate> percentile) {
        List<Double> values = candidates.stream().map(c -> has(percentile.apply(c)) ? percentile.apply(c).value() : null)
                .toList();
        if (values.stream().anyMatch(v -> v != null && v > 0)) series.add(Series.values(name, values));
    }

    private static boolean has(Estimate e) {
        return e != null && e.value() != null;
    }
}
