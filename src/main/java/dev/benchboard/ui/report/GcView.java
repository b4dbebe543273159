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
import dev.benchboard.ui.Format;
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
        return "GC";
    }

    @Override
    protected void render(EvaluationReport report) {
        List<CandidateReport> withData = report.candidates().stream().filter(c -> c.gc() != null).toList();
        if (withData.isEmpty()) {
            add(new Paragraph("No GC traces yet. Run the service with GODEBUG=gctrace=1 and upload the captured stderr."),
                    new com.vaadin.flow.component.html.Anchor("evaluations/" + evaluation.id() + "/upload", "Upload results"));
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
        String over = " (over " + window(w) + ")";
        KeyValues kv = new KeyValues();
        kv.add("Steady window", window(w) + ", " + w.cycles() + " of " + w.totalCycles() + " cycles, " + w.how()
                + " — " + w.detail() + ". Every figure below is over this window.");
        if (r.pauses() != null) {
            kv.add("STW pause P50 / P99 / max", Format.number(r.pauses().p50Ms(), "ms") + " / " + Format.number(r.pauses().p99Ms(), "ms")
                    + " / " + Format.number(r.pauses().maxMs(), "ms") + " (" + Figures.count(r.pauses().n(), "cycle") + ")" + over);
        }
        kv.add("GC cycles per second", Format.number(r.cyclesPerSecond(), "/s") + over + "; whole trace "
                + Format.number(r.wholeTraceCyclesPerSecond(), "/s"));
        kv.add("Mean interval", Format.number(r.meanIntervalSeconds(), "s") + over);
        kv.add("Share of wall time in STW", (r.stwShareOfWall() == null ? "–" : Format.number(r.stwShareOfWall() * 100, "%")) + over);
        kv.add("GC CPU share", Format.number(r.gcCpuSharePercent(), "%") + " of window wall time × GOMAXPROCS, from the"
                + " per-cycle cpu fields" + over + "; the runtime's cumulative figure since process start, as reported: "
                + Format.number(r.reportedCumulativeGcPercent(), "%"));
        kv.add("Peak heap", Format.number(r.peakHeapMb(), "MB") + over);
        if (r.allocation() != null) {
            var a = r.allocation();
            kv.add("Allocation rate", Format.number(a.mbPerSecond(), "MB/s") + over + "; " + Format.number(a.meanPerCycleMb(), "MB")
                    + " per cycle (during the cycle + after it; after it alone " + Format.number(a.afterCycleMbPerSecond(), "MB/s") + ")");
        }
        if (r.heapTrend() != null) {
            var t = r.heapTrend();
            kv.add("Live heap slope", Format.number(t.slopeMbPerMinute(), "MB/min") + " (95 % CI "
                    + Format.number(t.slopeCiMbPerMinute().lower(), "MB/min") + " – " + Format.number(t.slopeCiMbPerMinute().upper(), "MB/min")
                    + ", Newey–West standard error, Bartlett kernel, " + t.lags() + " lags; plain OLS would give ±"
                    + Format.number(1.96 * t.olsStdErrorMbPerSecond() * 60, "MB/min") + ")" + over);
            kv.add("Leak threshold", Format.number(t.thresholdMbPerMinute(), "MB/min") + " = max(10 % of the mean live heap "
                    + Format.number(t.meanLiveHeapMb(), "MB") + " per 10 min = " + Format.number(t.growthThresholdMbPerMinute(), "MB/min")
                    + ", 1 MB resolution over the window = " + Format.number(t.resolutionThresholdMbPerMinute(), "MB/min") + ")");
            kv.add("Leak verdict", (t.leakSuspected() ? "⚠ " : "") + t.verdict() + over);
        }
        div.add(kv);
        if (CurrentUser.canEdit()) div.add(windowForm(trace, w));
        Div charts = new Div();
        charts.addClassName("bb-grid-2");
        DrawnPoints pauses = DrawnPoints.of(cycles.stream().filter(c -> Double.isFinite(c.atSeconds()))
                .map(c -> new Series.XY(c.atSeconds(), c.pauseMs())).toList(), DrawnPoints.MAX_DRAWN);
        charts.add(new ApexChart(ChartOptions.of(ChartType.SCATTER).title("STW pauses over time")
                .subtitle(pauses.note("cycle"))
                .numericX("Time since start", "s").yAxis("Pause", "ms")
                .series(List.of(Series.xy("pause", pauses.points())))));
        charts.add(new ApexChart(distribution(cycles)));
        charts.add(new ApexChart(heap(cycles, r)));
        div.add(charts);
        r.warnings().forEach(warning -> div.add(new Paragraph("⚠ " + warning)));
        return div;
    }

    private static String window(SteadyWindow w) {
        return Figures.number(w.startSeconds()) + "–" + Figures.number(w.endSeconds()) + " s";
    }

    /** The user's own window for this trace, kept in the trace's settings; empty both to go back to the detected one. */
    private Div windowForm(GcSection.Trace trace, SteadyWindow w) {
        NumberField start = new NumberField("Window start (s since process start)");
        NumberField end = new NumberField("Window end (s)");
        start.setValue(w.startSeconds());
        end.setValue(w.endSeconds());
        Button apply = new Button("Use this window", e -> changeWindow(trace, start.getValue(), end.getValue()));
        Button reset = new Button("Back to the detected window", e -> changeWindow(trace, null, null));
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
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage());
        }
    }

    /** Pause counts in log-spaced bins (×2 per bin), the usual shape of a pause distribution. */
    private static ChartOptions distribution(List<GcPoint> cycles) {
        double max = cycles.stream().mapToDouble(GcPoint::pauseMs).max().orElse(1);
        List<String> labels = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        double low = 0;
        for (double high = 0.01; low < max; high *= 2) {
            final double lo = low, hi = high;
            labels.add("≤ " + Format.number(hi, "ms"));
            counts.add((double) cycles.stream().filter(c -> c.pauseMs() > lo && c.pauseMs() <= hi).count());
            low = high;
        }
        return ChartOptions.of(ChartType.BAR).title("Pause distribution").categories(labels).yAxis("Cycles", null)
                .yDecimals(0).series(List.of(Series.values("cycles", counts)));
    }

    private static ChartOptions heap(List<GcPoint> cycles, GcReport r) {
        List<Series.XY> live = cycles.stream().filter(c -> c.liveHeapMb() != null && Double.isFinite(c.atSeconds()))
                .map(c -> new Series.XY(c.atSeconds(), c.liveHeapMb())).toList();
        DrawnPoints drawn = DrawnPoints.of(live, DrawnPoints.MAX_DRAWN);
        List<Series> series = new ArrayList<>(List.of(Series.xy("live heap", drawn.points())));
        if (r.heapTrend() != null && live.size() >= 2) {
            var t = r.heapTrend();
            double first = r.window().startSeconds();
            double last = r.window().endSeconds();
            series.add(Series.xy("fit over the steady window", List.of(new Series.XY(first, t.interceptMb() + t.slopeMbPerSecond() * first),
                    new Series.XY(last, t.interceptMb() + t.slopeMbPerSecond() * last))));
        }
        return ChartOptions.of(ChartType.LINE).title("Live heap over time")
                .subtitle(java.util.stream.Stream.of(r.heapTrend() == null ? null : r.heapTrend().verdict(), drawn.note("cycle"))
                        .filter(java.util.Objects::nonNull).reduce((a, b) -> a + " · " + b).orElse(null))
                .numericX("Time since start", "s").yAxis("Live heap", "MB").series(series);
    }

    private static Div gogc(GogcComparison comparison) {
        Div div = new Div(new H4("GOGC comparison"));
        Grid<GogcComparison.Row> grid = new Grid<>();
        Grids.figure(grid, r -> String.valueOf(r.gogc()), "GOGC");
        Grids.figure(grid, r -> Format.number(r.pauseP99Ms(), "ms"), "Pause P99");
        Grids.figure(grid, r -> Format.number(r.cyclesPerSecond(), "/s"), "Cycles/s (window)");
        Grids.figure(grid, r -> Format.number(r.gcCpuSharePercent(), "%"), "GC CPU (window)");
        Grids.figure(grid, r -> Format.number(r.peakHeapMb(), "MB"), "Peak heap");
        Grids.text(grid, r -> Boolean.TRUE.equals(r.paretoEfficient()) ? "Pareto-efficient"
                : "dominated by GOGC " + String.join(", ", r.dominatedBy()), "Trade-off", "12em");
        Grids.readable(grid);
        grid.setItems(comparison.rows());
        grid.setAllRowsVisible(true);
        div.add(grid, new Paragraph(comparison.method()));
        return div;
    }
}
