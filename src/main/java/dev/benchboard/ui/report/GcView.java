package dev.benchboard.ui.report;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.ingest.Evidence;
import dev.benchboard.ingest.EvidenceStore;
import dev.benchboard.ingest.model.GcCycle;
import dev.benchboard.report.CandidateReport;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.GcSection;
import dev.benchboard.report.ReportService;
import dev.benchboard.stats.gc.GcReport;
import dev.benchboard.stats.gc.GogcComparison;
import dev.benchboard.ui.Format;
import dev.benchboard.ui.KeyValues;
import dev.benchboard.ui.chart.ApexChart;
import dev.benchboard.ui.chart.ChartOptions;
import dev.benchboard.ui.chart.ChartType;
import dev.benchboard.ui.chart.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.task.TaskExecutor;

/**
 * GC per candidate and trace: pauses over time and their distribution, live heap over time with the
 * fitted slope and the leak verdict, GC CPU share, and the GOGC comparison with its Pareto set.
 */
@PermitAll
@Route("evaluations/:id/gc")
public class GcView extends ReportPage {

    private final EvidenceStore evidence;

    public GcView(EvaluationService evaluations, ReportService reports, TaskExecutor executor, EvidenceStore evidence) {
        super(evaluations, reports, executor);
        this.evidence = evidence;
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
        Evidence data = evidence.load(evaluation.id());
        for (CandidateReport c : withData) {
            Div card = card(new H3(c.candidate()));
            Evidence.CandidateEvidence raw = data.candidates().stream().filter(x -> x.name().equals(c.candidate())).findFirst().orElseThrow();
            for (GcSection.Trace trace : c.gc().traces()) {
                List<GcCycle> cycles = raw.gc().stream().filter(g -> g.source().uploadId() == trace.source().uploadId())
                        .flatMap(g -> g.trace().cycles().stream()).toList();
                card.add(trace(trace, cycles));
            }
            if (c.gc().gogc() != null) card.add(gogc(c.gc().gogc()));
            add(card);
        }
    }

    private static Div trace(GcSection.Trace trace, List<GcCycle> cycles) {
        GcReport r = trace.report();
        Div div = new Div(new H4(trace.source().fileName() + (r.label() == null ? "" : " · " + r.label())),
                Sources.of(List.of(trace.source())));
        div.setWidthFull();
        div.addClassName("bb-gc-trace");
        KeyValues kv = new KeyValues();
        if (r.pauses() != null) {
            kv.add("STW pause P50 / P99 / max", Format.number(r.pauses().p50Ms(), null) + " / " + Format.number(r.pauses().p99Ms(), null)
                    + " / " + Format.number(r.pauses().maxMs(), "ms") + " (" + r.pauses().n() + " cycles; percentiles type 7, as numpy)");
        }
        kv.add("Pauses per second", Format.number(r.pausesPerSecond(), "/s"));
        kv.add("Share of wall time in STW", r.stwShareOfWall() == null ? "–" : Format.number(r.stwShareOfWall() * 100, "%"));
        kv.add("GC CPU share", Format.number(r.gcCpuSharePercent(), "%") + " (the trace's cumulative figure at its end)");
        kv.add("Peak heap", Format.number(r.peakHeapMb(), "MB"));
        if (r.allocation() != null) kv.add("Allocation rate", Format.number(r.allocation().mbPerSecond(), "MB/s"));
        if (r.heapTrend() != null) {
            var t = r.heapTrend();
            kv.add("Live heap slope", Format.number(t.slopeMbPerMinute(), "MB/min") + " (95 % CI "
                    + Format.number(t.slopeCiMbPerMinute().lower(), null) + " – " + Format.number(t.slopeCiMbPerMinute().upper(), "MB/min") + ")");
            kv.add("Leak verdict", (t.leakSuspected() ? "⚠ " : "") + t.verdict());
        }
        div.add(kv);
        Div charts = new Div();
        charts.addClassName("bb-grid-2");
        charts.add(new ApexChart(ChartOptions.of(ChartType.SCATTER).title("STW pauses over time")
                .numericX("Time since start", "s").yAxis("Pause", "ms")
                .series(List.of(Series.xy("pause", cycles.stream().filter(c -> Double.isFinite(c.atSeconds()))
                        .map(c -> new Series.XY(c.atSeconds(), c.pauseMs())).toList())))));
        charts.add(new ApexChart(distribution(cycles)));
        charts.add(new ApexChart(heap(cycles, r)));
        div.add(charts);
        r.warnings().forEach(w -> div.add(new Paragraph("⚠ " + w)));
        return div;
    }

    /** Pause counts in log-spaced bins (×2 per bin), the usual shape of a pause distribution. */
    private static ChartOptions distribution(List<GcCycle> cycles) {
        double max = cycles.stream().mapToDouble(GcCycle::pauseMs).max().orElse(1);
        List<String> labels = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        double low = 0;
        for (double high = 0.01; low < max; high *= 2) {
            final double lo = low, hi = high;
            labels.add(String.format(Locale.ROOT, "≤ %s ms", Format.plain(hi)));
            counts.add((double) cycles.stream().filter(c -> c.pauseMs() > lo && c.pauseMs() <= hi).count());
            low = high;
        }
        return ChartOptions.of(ChartType.BAR).title("Pause distribution").categories(labels).yAxis("Cycles", null)
                .yDecimals(0).series(List.of(Series.values("cycles", counts)));
    }

    private static ChartOptions heap(List<GcCycle> cycles, GcReport r) {
        List<Series.XY> live = cycles.stream().filter(c -> c.liveHeapMb() != null && Double.isFinite(c.atSeconds()))
                .map(c -> new Series.XY(c.atSeconds(), c.liveHeapMb())).toList();
        List<Series> series = new ArrayList<>(List.of(Series.xy("live heap", live)));
        if (r.heapTrend() != null && live.size() >= 2) {
            var t = r.heapTrend();
            double first = live.getFirst().x();
            double last = live.getLast().x();
            series.add(Series.xy("OLS fit", List.of(new Series.XY(first, t.interceptMb() + t.slopeMbPerSecond() * first),
                    new Series.XY(last, t.interceptMb() + t.slopeMbPerSecond() * last))));
        }
        return ChartOptions.of(ChartType.LINE).title("Live heap over time")
                .subtitle(r.heapTrend() == null ? null : r.heapTrend().verdict())
                .numericX("Time since start", "s").yAxis("Live heap", "MB").series(series);
    }

    private static Div gogc(GogcComparison comparison) {
        Div div = new Div(new H4("GOGC comparison"));
        Grid<GogcComparison.Row> grid = new Grid<>();
        grid.addColumn(GogcComparison.Row::gogc).setHeader("GOGC").setAutoWidth(true);
        grid.addColumn(r -> Format.number(r.pauseP99Ms(), "ms")).setHeader("Pause P99");
        grid.addColumn(r -> Format.number(r.cyclesPerSecond(), "/s")).setHeader("Cycles/s");
        grid.addColumn(r -> Format.number(r.gcCpuSharePercent(), "%")).setHeader("GC CPU");
        grid.addColumn(r -> Format.number(r.peakHeapMb(), "MB")).setHeader("Peak heap");
        grid.addColumn(r -> Boolean.TRUE.equals(r.paretoEfficient()) ? "Pareto-efficient"
                : "dominated by GOGC " + String.join(", ", r.dominatedBy())).setHeader("Trade-off").setAutoWidth(true);
        grid.setItems(comparison.rows());
        grid.setAllRowsVisible(true);
        div.add(grid, new Paragraph(comparison.method()));
        return div;
    }
}
