package dev.benchboard.ui.share;

import dev.benchboard.export.CandidateHeadline;
import dev.benchboard.export.Estimate;
import dev.benchboard.format.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the shared page's charts draw, computed on the server from the snapshot's figures and
 * embedded in the page as JSON ({@code <script type="application/json">}, data the browser never
 * runs). The page's one static script ({@code /r/assets/share.js}) only draws it: every number is
 * already written here with its unit and the axis ticks are chosen here, so the browser formats
 * nothing and the charts say exactly what the tables say.
 */
record ShareChartData(Bars p99, Bars throughput, Lines percentiles) {

    /** A value axis from 0 to {@code max}, with its ticks already written. */
    record Axis(String title, double max, List<Tick> ticks) {}

    record Tick(double value, String text) {}

    /** A reference line across the bars (the SLO). */
    record Rule(double value, String text) {}

    /** One horizontal bar a candidate; low/high the interval's ends when it has two finite ones. */
    record Bar(String label, double value, String text, Double low, Double high, String interval) {}

    record Bars(String id, String title, String subtitle, Axis axis, Rule rule, List<Bar> bars) {}

    record Line(String name, List<Double> values, List<String> texts) {}

    record Lines(String id, String title, String subtitle, Axis axis, List<String> categories, List<Line> series) {}

    private static final List<String> PERCENTILES = List.of("P50", "P90", "P99", "P99.9");
    private static final List<Function<CandidateHeadline, Estimate>> PERCENTILE_OF = List.of(
            CandidateHeadline::p50, CandidateHeadline::p90, CandidateHeadline::p99, CandidateHeadline::p999);

    static ShareChartData of(List<CandidateHeadline> candidates, Double sloMs, String confidence, PageText text) {
        return new ShareChartData(p99(candidates, sloMs, confidence, text), throughput(candidates, text),
                percentiles(candidates, text));
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    boolean isEmpty() {
        return p99 == null && throughput == null && percentiles == null;
    }

    /** P99 per candidate with its interval as a whisker, and the SLO as a rule; the axis reaches both. */
    static Bars p99(List<CandidateHeadline> candidates, Double sloMs, String confidence, PageText text) {
        List<Bar> bars = new ArrayList<>();
        double top = sloMs == null ? 0 : sloMs;
        for (CandidateHeadline c : candidates) {
            Estimate e = c.p99();
            if (!has(e)) continue;
            boolean bounded = e.bounded();
            bars.add(new Bar(c.candidate(), e.value(), Figures.withUnit(e.value(), "ms"), bounded ? e.ciLow() : null,
                    bounded ? e.ciHigh() : null, bounded ? text.interval(e, confidence) : null));
            top = Math.max(top, bounded ? Math.max(e.value(), e.ciHigh()) : e.value());
        }
        if (bars.isEmpty()) return null;
        return new Bars("share-p99-chart", text.get("share.chart.p99.title"),
                text.get(sloMs == null ? "share.chart.p99.subtitle" : "share.chart.p99.subtitle-slo", confidence),
                axis(text.get("share.chart.p99.axis"), "ms", top, text),
                sloMs == null ? null : new Rule(sloMs, "SLO " + Figures.withUnit(sloMs, "ms")), bars);
    }

    /** Mean throughput per candidate (its interval is in the figures table: with few runs it is very wide). */
    static Bars throughput(List<CandidateHeadline> candidates, PageText text) {
        List<Bar> bars = new ArrayList<>();
        double top = 0;
        for (CandidateHeadline c : candidates) {
            if (!has(c.throughput())) continue;
            double v = c.throughput().value();
            bars.add(new Bar(c.candidate(), v, Figures.withUnit(v, "req/s"), null, null, null));
            top = Math.max(top, v);
        }
        if (bars.isEmpty()) return null;
        return new Bars("share-throughput-chart", text.get("share.chart.throughput.title"),
                text.get("share.chart.throughput.subtitle"), axis(text.get("share.chart.throughput.axis"), "req/s", top, text), null, bars);
    }

    /** The latency distribution's tail per candidate: P50 → P99.9, one line per candidate, on a linear axis. */
    static Lines percentiles(List<CandidateHeadline> candidates, PageText text) {
        List<Line> series = new ArrayList<>();
        double top = 0;
        for (CandidateHeadline c : candidates) {
            List<Double> values = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (Function<CandidateHeadline, Estimate> p : PERCENTILE_OF) {
                Estimate e = p.apply(c);
                boolean drawn = has(e) && e.value() > 0;
                values.add(drawn ? e.value() : null);
                texts.add(drawn ? Figures.withUnit(e.value(), "ms") : Figures.NONE);
                if (drawn) top = Math.max(top, e.value());
            }
            if (values.stream().anyMatch(java.util.Objects::nonNull)) series.add(new Line(c.candidate(), values, texts));
        }
        if (series.isEmpty()) return null;
        return new Lines("share-percentiles-chart", text.get("share.chart.percentiles.title"),
                text.get("share.chart.percentiles.subtitle"), axis(text.get("share.chart.percentiles.axis"), "ms", top, text),
                PERCENTILES, series);
    }

    /** From 0 to the first round step at or above {@code top}, in four to six round steps (1, 2, 2.5, 5 × 10ⁿ). */
    static Axis axis(String title, String unit, double top, PageText text) {
        double step = niceStep(top > 0 ? top / 4 : 0.25);
        double max = Math.max(step, Math.ceil(top / step - 1e-9) * step);
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i * step <= max * (1 + 1e-9); i++) {
            double v = round(i * step);
            ticks.add(new Tick(v, Figures.withUnit(v, unit)));
        }
        return new Axis(text.get("share.unit-in-title", title, unit), round(max), ticks);
    }

    /** The smallest of 1, 2, 2.5, 5 (× a power of ten) not below x. */
    static double niceStep(double x) {
        double scale = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * scale >= x * (1 - 1e-12)) return round(m * scale);
        }
        return round(10 * scale);
    }

    /** Removes binary noise (0.30000000000000004) so ticks read as they are meant. */
    private static double round(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
    }

    private static boolean has(Estimate e) {
        return e != null && e.value() != null;
    }
}
