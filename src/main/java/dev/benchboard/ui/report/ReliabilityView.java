package dev.benchboard.ui.report;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.EvidenceStore;
import dev.benchboard.evidence.Outage;
import dev.benchboard.report.CandidateReport;
import dev.benchboard.report.ChartData;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.ReportService;
import dev.benchboard.stats.reliability.FaultTimings;
import dev.benchboard.stats.reliability.ReliabilityFigures;
import dev.benchboard.stats.reliability.ReliabilityReport;
import dev.benchboard.stats.reliability.ReportedFigures;
import dev.benchboard.format.Figures;
import dev.benchboard.format.Words;
import dev.benchboard.ui.Format;
import dev.benchboard.ui.Grids;
import dev.benchboard.ui.KeyValues;
import dev.benchboard.ui.chart.ApexChart;
import dev.benchboard.ui.chart.ChartOptions;
import dev.benchboard.ui.chart.ChartType;
import dev.benchboard.ui.chart.Series;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.task.TaskExecutor;

/**
 * MTBF, MTTR and availability per candidate and per fault type with their intervals, the outage
 * timeline, detection and recovery times, the SLO error budget; reported figures apart and labelled.
 */
@PermitAll
@Route("evaluations/:id/reliability")
public class ReliabilityView extends ReportPage {

    public ReliabilityView(EvaluationService evaluations, ReportService reports, TaskExecutor executor) {
        super(evaluations, reports, executor);
    }

    @Override
    protected String section() {
        return "Reliability";
    }

    @Override
    protected void render(EvaluationReport report) {
        List<CandidateReport> withData = report.candidates().stream().filter(c -> c.reliability() != null).toList();
        if (withData.isEmpty()) {
            add(new Paragraph("No chaos data yet. Upload chaos event logs, probe logs, outage tables or LitmusChaos results."),
                    new com.vaadin.flow.component.html.Anchor("evaluations/" + evaluation.id() + "/upload", "Upload results"));
            return;
        }
        report.candidates().stream().filter(c -> c.reliability() == null)
                .forEach(c -> add(new Paragraph("No chaos data for " + c.candidate() + ".")));
        for (CandidateReport c : withData) {
            ReliabilityReport r = c.reliability().report();
            Div card = card(new H3(c.candidate()), Sources.of(c.reliability().sources()));
            card.setId("reliability-" + c.candidate().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            if (r.service() != null) card.add(figures(r.service()));
            if (r.errorBudget() != null) {
                var b = r.errorBudget();
                KeyValues budget = new KeyValues();
                budget.add("Availability SLO", Format.percentFraction(b.availabilitySlo()));
                budget.add("Allowed downtime in the window", Format.number(b.allowedDowntimeSeconds(), "s"));
                budget.add("Downtime observed", Format.number(b.downtimeSeconds(), "s"));
                budget.add("Error budget spent", Figures.budgetSpent(b.spentFraction()));
                budget.add("P(SLO met)", b.probabilitySloMet() == null ? "not computable" : Figures.probability(b.probabilitySloMet()));
                card.add(new H4("Error budget"), budget, new Paragraph(b.method()));
            }
            if (!r.byFaultType().isEmpty()) card.add(new H4("Per fault type"), table(r.byFaultType()));
            if (!r.byComponent().isEmpty()) card.add(new H4("Per component"), table(r.byComponent()));
            if (!r.timings().isEmpty()) card.add(new H4("Time to detect and to recover"), timings(r.timings()));
            ChartData.CandidateCharts series = chartData.candidate(c.candidate());
            if (series != null) card.add(timeline(series.outages()));
            if (r.resilience() != null && r.resilience().scorePercent() != null) {
                card.add(new H4("Resilience score (LitmusChaos)"),
                        new Paragraph(Format.number(r.resilience().scorePercent(), "%") + " — " + r.resilience().method()));
            }
            if (!r.reported().isEmpty()) card.add(reported(r.reported()));
            r.warnings().forEach(w -> card.add(new Paragraph("⚠ " + w)));
            add(card);
        }
    }

    private static KeyValues figures(ReliabilityFigures f) {
        KeyValues kv = new KeyValues();
        kv.add("Observed window", Format.number(f.windowSeconds(), "s") + " with " + Format.number(f.downtimeSeconds(), "s")
                + " down");
        var mtbf = f.mtbfCiHours();
        kv.add("MTBF", Format.number(f.mtbfHours(), "h") + (mtbf == null ? "" : " (95 % CI " + Format.number(mtbf.lower(), "h")
                + " – " + (mtbf.upperBounded() ? Format.number(mtbf.upper(), "h") : "∞") + ")"));
        kv.add("MTTR", Format.number(f.mttrSeconds(), "s") + " (median " + Format.number(f.medianRepairSeconds(), "s")
                + ", P90 " + Format.number(f.p90RepairSeconds(), "s") + ")");
        if (f.mttrCi() != null && f.mttrCi().bootstrapMean() != null) {
            var ci = f.mttrCi().bootstrapMean();
            kv.add("MTTR 95 % CI (bootstrap of the mean)", Format.number(ci.lower(), "s") + " – " + Format.number(ci.upper(), "s"));
        }
        var a = f.availabilityCi();
        kv.add("Availability", Format.percentFraction(f.availability()) + (a == null ? "" : " (95 % CI "
                + Format.percentFraction(a.lower()) + " – " + Format.percentFraction(a.upper()) + ")")
                + (f.nines() == null ? "" : " · " + Figures.number(f.nines(), 2) + " nines"));
        kv.add("Failure rate", Format.number(f.failureRatePerHour(), "per hour of up-time"));
        return kv;
    }

    private static Grid<ReliabilityFigures> table(List<ReliabilityFigures> rows) {
        Grid<ReliabilityFigures> grid = new Grid<>();
        Grids.figure(grid, ReliabilityFigures::name, "Name");
        Grids.figure(grid, f -> Figures.count(f.failures()), "Outages", ReliabilityFigures::failures);
        Grids.figure(grid, f -> Format.number(f.mtbfHours(), "h"), "MTBF", ReliabilityFigures::mtbfHours);
        Grids.figure(grid, f -> f.mtbfCiHours() == null ? "–" : Format.number(f.mtbfCiHours().lower(), "h") + " – "
                + (f.mtbfCiHours().upperBounded() ? Format.number(f.mtbfCiHours().upper(), "h") : "∞"), "MTBF 95 % CI");
        Grids.figure(grid, f -> Format.number(f.mttrSeconds(), "s"), "MTTR", ReliabilityFigures::mttrSeconds);
        Grids.figure(grid, f -> Format.percentFraction(f.availability()), "Availability", ReliabilityFigures::availability);
        Grids.figure(grid, f -> Format.number(f.failureRatePerHour(), "/h"), "Failure rate", ReliabilityFigures::failureRatePerHour);
        Grids.readable(grid);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Grid<FaultTimings> timings(List<FaultTimings> rows) {
        Grid<FaultTimings> grid = new Grid<>();
        Grids.figure(grid, FaultTimings::faultType, "Fault type");
        Grids.figure(grid, t -> t.timeToDetect() == null ? "–" : Format.number(t.timeToDetect().meanSeconds(), "s")
                + " (n = " + t.timeToDetect().n() + ")", "Time to detect (mean)");
        Grids.figure(grid, t -> t.timeToRecover() == null ? "–" : Format.number(t.timeToRecover().meanSeconds(), "s")
                + " (max " + Format.number(t.timeToRecover().maxSeconds(), "s") + ")", "Time to recover (mean)");
        Grids.readable(grid);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Outages as bars on a time axis, one row per component (Gantt style). */
    private static Div timeline(List<ChartData.OutageBar> outages) {
        List<Series.Range> bars = new ArrayList<>();
        for (ChartData.OutageBar o : outages) {
            String row = (o.component() == null ? "service" : o.component()) + " · " + (o.faultType() == null ? "unknown" : o.faultType());
            bars.add(new Series.Range(row, o.downAt().toEpochMilli(), o.upAt().toEpochMilli()));
        }
        Div div = new Div(new H4("Outage timeline"));
        div.setWidthFull();
        if (bars.isEmpty()) return div;
        ApexChart chart = new ApexChart(ChartOptions.of(ChartType.RANGE_BAR).horizontal().dateTimeX("Time (UTC)")
                .title("Outages").height(Math.max(200, 60 + 30 * (int) bars.stream().map(Series.Range::x).distinct().count()))
                .series(List.of(Series.ranges("down", bars))));
        chart.addClassName("bb-outage-timeline");
        div.add(chart);
        return div;
    }

    private static Div reported(List<ReportedFigures> reported) {
        Div div = new Div(new H4("Reported figures (computed elsewhere, shown as reported, not mixed with ours)"));
        div.addClassName("bb-quoted");
        Grid<ReportedFigures> grid = new Grid<>();
        Grids.figure(grid, r -> r.figures().faultType(), "Fault type");
        Grids.figure(grid, r -> Format.number(r.figures().mtbfHours(), "h"), "MTBF (reported)");
        Grids.figure(grid, r -> Format.number(r.figures().mttrSeconds(), "s"), "MTTR (reported)");
        Grids.figure(grid, r -> Format.number(r.figures().failureRate(), "%"), "Failure rate (reported)");
        Grids.text(grid, r -> Words.of(r.origin()), "Origin", "10em");
        Grids.readable(grid);
        grid.setItems(reported);
        grid.setAllRowsVisible(true);
        div.add(grid);
        return div;
    }

}
