package dev.benchboard.ui.report;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.EvidenceStore;
import dev.benchboard.evidence.GcCycle;
import dev.benchboard.report.CandidateReport;
import dev.benchboard.report.ChartData;
import dev.benchboard.report.ChartData.GcPoint;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.GcSection;
import dev.benchboard.report.GcWindowOverrides;
import dev.benchboard.report.ReportService;
import dev.benchboard.stats.gc.GcReport;
import dev.benchboard.stats.gc.GogcComparison;
import dev.benchboard.stats.gc.SteadyWindow;
import dev.benchboard.security.CurrentUser;
import dev.benchboard.format.Figures;
import dev.benchboard.ui.Grids;
import dev.benchboard.ui.KeyValues;
import dev.benchboard.ui.chart.ApexChart;
import dev.benchboard.ui.chart.ChartOptions;
import dev.benchboard.ui.chart.ChartType;
import dev.benchboard.ui.chart.DrawnPoints;
import dev.benchboard.ui.chart.Series;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.task.TaskExecutor;

/**
 * GC per candidate and trace: the steady window every figure is computed over (editors can set their
 * own), pauses over time and their distribution, live heap over time with the fitted slope, its
 * Newey–West interval and the leak verdict, GC CPU share, allocation rate, and the GOGC comparison with
 * its Pareto set.
 */
@PermitAll
@Route("evaluations/:id/gc")
public class GcView extends ReportPage {

    private final GcWindowOverrides windows;

    public GcView(EvaluationService evaluations, ReportService reports, TaskExecutor executor, GcWindowOverrides windows) {
        super(evaluations, reports, executor);
        this.windows = windows;
    }

    @Override
    protected String section() {
        return "gc";
    }

    @Override
    protected void render(EvaluationReport report) {
        List<CandidateReport> withData = report.candidates().stream().filter(c -> c.gc() != null).toList();
        if (withData.isEmpty()) {
            add(new Paragraph(getTranslation("gc.no-traces")), uploadLink());
            return;
        }
        for (CandidateReport c : withData) {
            Div card = card(new H3(c.candidate()));
            ChartData.CandidateCharts series = chartData.candidate(c.candidate());
            for (GcSection.Trace trace : c.gc().traces()) {
                List<GcPoint> cycles = series.gc().stream().filter(g -> g.traceId() == trace.traceId())
                        .flatMap(g -> g.cycles().stream()).toList();
                card.add(trace(trace, cycles));
            }
            if (c.gc().gogc() != null) card.add(gogc(c.gc().gogc()));
            add(card);
        }
    }

    private Div trace(GcSection.Trace trace, List<GcPoint> cycles) {
        GcReport r = trace.report();
        Div div = new Div(new H4(trace.source().fileName() + (r.label() == null ? "" : " · " + r.label())),
                Sources.of(List.of(trace.source())));
        div.setWidthFull();
        div.addClassName("bb-gc-trace");
        SteadyWindow w = r.window();
        java.util.Locale locale = getLocale();
        String over = getTranslation("gc.over", window(w));   // " (over …)", "（窗口 …）": the space is the language's
        KeyValues kv = new KeyValues();
        kv.add(getTranslation("gc.window.label"), getTranslation("gc.window.value", window(w), Figures.count(w.cycles()),
                counted(w.totalCycles(), locale, "gc.cycle"), how(w), w.finding().in(locale)));
        if (r.pauses() != null) {
            kv.add(getTranslation("gc.pauses.label"), getTranslation("gc.pauses.value", Figures.withUnit(r.pauses().p50Ms(), "ms"),
                    Figures.withUnit(r.pauses().p99Ms(), "ms"), Figures.withUnit(r.pauses().maxMs(), "ms"),
                    counted(r.pauses().n(), locale, "gc.cycle")) + over);
        }
        kv.add(getTranslation("gc.cycles-per-second.label"), getTranslation("gc.cycles-per-second.value",
                Figures.withUnit(r.cyclesPerSecond(), "/s"), over, Figures.withUnit(r.wholeTraceCyclesPerSecond(), "/s")));
        kv.add(getTranslation("gc.mean-interval.label"), Figures.withUnit(r.meanIntervalSeconds(), "s") + over);
        kv.add(getTranslation("gc.stw-share.label"), (r.stwShareOfWall() == null ? "–" : Figures.withUnit(r.stwShareOfWall() * 100, "%")) + over);
        kv.add(getTranslation("gc.cpu.label"), getTranslation("gc.cpu.value", Figures.withUnit(r.gcCpuSharePercent(), "%"), over,
                Figures.withUnit(r.reportedCumulativeGcPercent(), "%")));
        kv.add(getTranslation("gc.peak-heap.label"), Figures.withUnit(r.peakHeapMb(), "MB") + over);
        if (r.allocation() != null) {
            var a = r.allocation();
            kv.add(getTranslation("gc.allocation.label"), getTranslation("gc.allocation.value", Figures.withUnit(a.mbPerSecond(), "MB/s"),
                    over, Figures.withUnit(a.meanPerCycleMb(), "MB"), Figures.withUnit(a.afterCycleMbPerSecond(), "MB/s")));
        }
        if (r.heapTrend() != null) {
            var t = r.heapTrend();
            kv.add(getTranslation("gc.slope.label"), getTranslation("gc.slope.value", Figures.withUnit(t.slopeMbPerMinute(), "MB/min"),
                    Figures.withUnit(t.slopeCiMbPerMinute().lower(), "MB/min"), Figures.withUnit(t.slopeCiMbPerMinute().upper(), "MB/min"),
                    Figures.count(t.lags()), Figures.withUnit(1.96 * t.olsStdErrorMbPerSecond() * 60, "MB/min"), over));
            kv.add(getTranslation("gc.leak-threshold.label"), getTranslation("gc.leak-threshold.value",
                    Figures.withUnit(t.thresholdMbPerMinute(), "MB/min"), Figures.withUnit(t.meanLiveHeapMb(), "MB"),
                    Figures.withUnit(t.growthThresholdMbPerMinute(), "MB/min"), Figures.withUnit(t.resolutionThresholdMbPerMinute(), "MB/min")));
            kv.add(getTranslation("gc.leak-verdict.label"), (t.leakSuspected() ? "⚠ " : "") + t.verdict().in(locale) + over);
        }
        div.add(kv);
        if (CurrentUser.canEdit()) div.add(windowForm(trace, w));
        Div charts = new Div();
        charts.addClassName("bb-grid-2");
        DrawnPoints pauses = DrawnPoints.of(cycles.stream().filter(c -> Double.isFinite(c.atSeconds()))
                .map(c -> new Series.XY(c.atSeconds(), c.pauseMs())).toList(), DrawnPoints.MAX_DRAWN);
        charts.add(new ApexChart(ChartOptions.of(ChartType.SCATTER).title(getTranslation("gc.chart.pauses.title"))
                .subtitle(pauses.note(getLocale()))
                .numericX(getTranslation("gc.axis.time"), "s").yAxis(getTranslation("gc.axis.pause"), "ms")
                .series(List.of(Series.xy(getTranslation("gc.series.pause"), pauses.points())))));
        charts.add(new ApexChart(distribution(cycles)));
        charts.add(new ApexChart(heap(cycles, r)));
        div.add(charts);
        r.warnings().forEach(warning -> div.add(new Paragraph("⚠ " + warning.in(locale))));
        return div;
    }

    /** "detected", "set by hand", "whole trace" in the reader's language. */
    private String how(SteadyWindow window) {
        return switch (window.how()) {
            case SteadyWindow.DETECTED -> getTranslation("gc.window.how.detected");
            case SteadyWindow.OVERRIDDEN -> getTranslation("gc.window.how.overridden");
            case SteadyWindow.WHOLE_TRACE -> getTranslation("gc.window.how.whole-trace");
            default -> window.how();
        };
    }

    private static String window(SteadyWindow w) {
        return Figures.number(w.startSeconds()) + "–" + Figures.number(w.endSeconds()) + " s";
    }

    /** The user's own window for this trace, kept in the trace's settings; empty both to go back to the detected one. */
    private Div windowForm(GcSection.Trace trace, SteadyWindow w) {
        NumberField start = new NumberField(getTranslation("gc.window.start"));
        NumberField end = new NumberField(getTranslation("gc.window.end"));
        start.setValue(w.startSeconds());
        end.setValue(w.endSeconds());
        Button apply = new Button(getTranslation("gc.window.use"), e -> changeWindow(trace, start.getValue(), end.getValue()));
        Button reset = new Button(getTranslation("gc.window.reset"), e -> changeWindow(trace, null, null));
        reset.setEnabled(SteadyWindow.OVERRIDDEN.equals(w.how()));
        HorizontalLayout form = new HorizontalLayout(start, end, apply, reset);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.addClassName("bb-gc-window");
        return new Div(form);
    }

    private void changeWindow(GcSection.Trace trace, Double start, Double end) {
        try {
            windows.set(evaluation.id(), trace.traceId(), start, end);
            UI.getCurrent().getPage().reload();
        } catch (SteadyWindow.Unusable e) {
            Notification.show(e.reason().in(getLocale()));
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage());   // none expected: the form gives numbers and Unusable says what is wrong
        }
    }

    /** Pause counts in log-spaced bins (×2 per bin), the usual shape of a pause distribution. */
    private ChartOptions distribution(List<GcPoint> cycles) {
        double max = cycles.stream().mapToDouble(GcPoint::pauseMs).max().orElse(1);
        List<String> labels = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        double low = 0;
        for (double high = 0.01; low < max; high *= 2) {
            final double lo = low, hi = high;
            labels.add("≤ " + Figures.withUnit(hi, "ms"));
            counts.add((double) cycles.stream().filter(c -> c.pauseMs() > lo && c.pauseMs() <= hi).count());
            low = high;
        }
        return ChartOptions.of(ChartType.BAR).title(getTranslation("gc.chart.distribution.title")).categories(labels)
                .yAxis(getTranslation("gc.axis.cycles"), null).yDecimals(0)
                .series(List.of(Series.values(getTranslation("gc.series.cycles"), counts)));
    }

    private ChartOptions heap(List<GcPoint> cycles, GcReport r) {
        List<Series.XY> live = cycles.stream().filter(c -> c.liveHeapMb() != null && Double.isFinite(c.atSeconds()))
                .map(c -> new Series.XY(c.atSeconds(), c.liveHeapMb())).toList();
        DrawnPoints drawn = DrawnPoints.of(live, DrawnPoints.MAX_DRAWN);
        List<Series> series = new ArrayList<>(List.of(Series.xy(getTranslation("gc.series.live-heap"), drawn.points())));
        if (r.heapTrend() != null && live.size() >= 2) {
            var t = r.heapTrend();
            double first = r.window().startSeconds();
            double last = r.window().endSeconds();
            series.add(Series.xy(getTranslation("gc.series.fit"), List.of(new Series.XY(first, t.interceptMb() + t.slopeMbPerSecond() * first),
                    new Series.XY(last, t.interceptMb() + t.slopeMbPerSecond() * last))));
        }
        return ChartOptions.of(ChartType.LINE).title(getTranslation("gc.chart.heap.title"))
                .subtitle(java.util.stream.Stream.of(r.heapTrend() == null ? null : r.heapTrend().verdict().in(getLocale()), drawn.note(getLocale()))
                        .filter(java.util.Objects::nonNull).reduce((a, b) -> a + " · " + b).orElse(null))
                .numericX(getTranslation("gc.axis.time"), "s").yAxis(getTranslation("gc.axis.live-heap"), "MB").series(series);
    }

    private Div gogc(GogcComparison comparison) {
        Div div = new Div(new H4(getTranslation("gc.gogc.title")));
        Grid<GogcComparison.Row> grid = new Grid<>();
        Grids.figure(grid, r -> String.valueOf(r.gogc()), "GOGC");
        Grids.figure(grid, r -> Figures.withUnit(r.pauseP99Ms(), "ms"), getTranslation("gc.gogc.pause-p99"));
        Grids.figure(grid, r -> Figures.withUnit(r.cyclesPerSecond(), "/s"), getTranslation("gc.gogc.cycles"));
        Grids.figure(grid, r -> Figures.withUnit(r.gcCpuSharePercent(), "%"), getTranslation("gc.gogc.cpu"));
        Grids.figure(grid, r -> Figures.withUnit(r.peakHeapMb(), "MB"), getTranslation("gc.peak-heap.label"));
        Grids.text(grid, r -> Boolean.TRUE.equals(r.paretoEfficient()) ? getTranslation("gc.gogc.pareto")
                : getTranslation("gc.gogc.dominated", String.join(", ", r.dominatedBy())), getTranslation("gc.gogc.trade-off"), "12em");
        Grids.readable(grid);
        grid.setItems(comparison.rows());
        grid.setAllRowsVisible(true);
        div.add(grid, new Paragraph(comparison.method().in(getLocale())));
        comparison.warnings().forEach(warning -> div.add(new Paragraph("⚠ " + warning.in(getLocale()))));
        return div;
    }
}
