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
                .subtitle("marks: " + confidence + " CI" + (sloMs == null ? "" : " · dashed: SLO"))
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
        ((ObjectNode) config.get("yaxis")).put("max", niceCeiling(top * 1.1));
        ApexChart chart = new ApexChart(options);
        // The typed chart API has no per-point markers: the same options plus the interval marks and the axis
        // maximum (the "series" given wins over the options' series).
        chart.setOptions(options, config, series);
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

    private static final List<String> PERCENTILES = List.of("P50", "P90", "P99", "P99.9");
    private static final List<Function<CandidateHeadline, Estimate>> PERCENTILE_OF = List.of(
            CandidateHeadline::p50, CandidateHeadline::p90, CandidateHeadline::p99, CandidateHeadline::p999);

    /**
     * The latency distribution's tail per candidate: P50 → P99.9, one line per candidate. Linear axis:
     * ApexCharts 4.6 misplaces values below 1 on its logarithmic axis (0.6 and 1.7 ms drawn level).
     */
    static Optional<ApexChart> percentiles(List<CandidateHeadline> candidates) {
        List<Series> series = new ArrayList<>();
        for (CandidateHeadline c : candidates) {
            List<Double> values = PERCENTILE_OF.stream().map(p -> has(p.apply(c)) && p.apply(c).value() > 0
                    ? p.apply(c).value() : null).toList();
            if (values.stream().anyMatch(java.util.Objects::nonNull)) series.add(Series.values(c.candidate(), values));
        }
        if (series.isEmpty()) return Optional.empty();
        ApexChart chart = new ApexChart(ChartOptions.of(ChartType.LINE)
                .title("Latency by percentile")
                .subtitle("exact values in the table above")
                .categories(PERCENTILES)
                .yAxis("Latency", "ms")
                .yMin(0)
                .height(300)
                .series(series));
        chart.setId("share-percentiles-chart");
        return Optional.of(chart);
    }

    /** The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 (× a power of ten) not below x: an axis end with round ticks. */
    static double niceCeiling(double x) {
        if (!(x > 0)) return 1;
        double scale = Math.pow(10, Math.floor(Math.log10(x)));
        for (double step : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * scale >= x * (1 - 1e-12)) return step * scale;
        }
        return 10 * scale;
    }

    private static boolean has(Estimate e) {
        return e != null && e.value() != null;
    }
}
