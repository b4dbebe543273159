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
import dev.benchboard.stats.reliability.FaultAttribution;
import dev.benchboard.stats.reliability.FaultTimings;
import dev.benchboard.stats.reliability.ReliabilityFigures;
import dev.benchboard.stats.reliability.ReliabilityReport;
import dev.benchboard.stats.reliability.ReportedFigures;
import dev.benchboard.format.Figures;
import dev.benchboard.format.Words;
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
        return "reliability";
    }

    @Override
    protected void render(EvaluationReport report) {
        List<CandidateReport> withData = report.candidates().stream().filter(c -> c.reliability() != null).toList();
        if (withData.isEmpty()) {
            add(new Paragraph(getTranslation("reliability.no-data")), uploadLink());
            return;
        }
        report.candidates().stream().filter(c -> c.reliability() == null)
                .forEach(c -> add(new Paragraph(getTranslation("reliability.no-data-for", c.candidate()))));
        for (CandidateReport c : withData) {
            ReliabilityReport r = c.reliability().report();
            Div card = card(new H3(c.candidate()), Sources.of(c.reliability().sources()));
            card.setId("reliability-" + c.candidate().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            if (r.service() != null) card.add(figures(r.service()));
            if (r.errorBudget() != null) {
                var b = r.errorBudget();
                KeyValues budget = new KeyValues();
                budget.add(getTranslation("reliability.budget.slo"), Figures.availability(b.availabilitySlo()));
                budget.add(getTranslation("reliability.budget.allowed"), Figures.withUnit(b.allowedDowntimeSeconds(), "s"));
                budget.add(getTranslation("reliability.budget.observed"), Figures.withUnit(b.downtimeSeconds(), "s"));
                budget.add(getTranslation("reliability.budget.spent"), Figures.budgetSpent(b.spentFraction()));
                budget.add(getTranslation("reliability.budget.p-met"), b.probabilitySloMet() == null
                        ? getTranslation("reliability.budget.not-computable") : Figures.probability(b.probabilitySloMet()));
                card.add(new H4(getTranslation("reliability.budget.title")), budget, new Paragraph(b.method().in(getLocale())));
            }
            if (!r.byFaultType().isEmpty()) card.add(new H4(getTranslation("reliability.per-fault-type")), table(r.byFaultType()));
            if (!r.byComponent().isEmpty()) card.add(new H4(getTranslation("reliability.per-component")), table(r.byComponent()));
            if (!r.timings().isEmpty()) card.add(new H4(getTranslation("reliability.timings.title")), timings(r.timings()));
            ChartData.CandidateCharts series = chartData.candidate(c.candidate());
            if (series != null) card.add(timeline(series.outages()));
            if (r.resilience() != null && r.resilience().scorePercent() != null) {
                card.add(new H4(getTranslation("reliability.resilience.title")),
                        new Paragraph(Figures.withUnit(r.resilience().scorePercent(), "%") + " — " + r.resilience().method().in(getLocale())));
            }
            if (!r.reported().isEmpty()) card.add(reported(r.reported()));
            r.warnings().forEach(w -> card.add(new Paragraph("⚠ " + w.in(getLocale()))));
            add(card);
        }
    }

    private KeyValues figures(ReliabilityFigures f) {
        KeyValues kv = new KeyValues();
        kv.add(getTranslation("reliability.window.label"), getTranslation("reliability.window.value",
                Figures.withUnit(f.windowSeconds(), "s"), Figures.withUnit(f.downtimeSeconds(), "s")));
        var mtbf = f.mtbfCiHours();
        kv.add("MTBF", Figures.withUnit(f.mtbfHours(), "h") + (mtbf == null ? "" : getTranslation("reliability.ci",
                Figures.withUnit(mtbf.lower(), "h"), mtbf.upperBounded() ? Figures.withUnit(mtbf.upper(), "h") : "∞")));
        kv.add("MTTR", getTranslation("reliability.mttr.value", Figures.withUnit(f.mttrSeconds(), "s"),
                Figures.withUnit(f.medianRepairSeconds(), "s"), Figures.withUnit(f.p90RepairSeconds(), "s")));
        if (f.mttrCi() != null && f.mttrCi().bootstrapMean() != null) {
            var ci = f.mttrCi().bootstrapMean();
            kv.add(getTranslation("reliability.mttr-ci.label"), Figures.withUnit(ci.lower(), "s") + " – " + Figures.withUnit(ci.upper(), "s"));
        }
        var a = f.availabilityCi();
        kv.add(getTranslation("reliability.availability"), Figures.availability(f.availability()) + (a == null ? ""
                : getTranslation("reliability.ci", Figures.availability(a.lower()), Figures.availability(a.upper())))
                + (f.nines() == null ? "" : " · " + getTranslation("reliability.nines", Figures.number(f.nines(), 2))));
        kv.add(getTranslation("reliability.failure-rate"), f.failureRatePerHour() == null ? Figures.NONE
                : getTranslation("reliability.failure-rate.value", Figures.number(f.failureRatePerHour())));
        return kv;
    }

    private Grid<ReliabilityFigures> table(List<ReliabilityFigures> rows) {
        Grid<ReliabilityFigures> grid = new Grid<>();
        Grids.figure(grid, f -> scopeName(f.name()), getTranslation("reliability.table.name"));
        Grids.figure(grid, f -> Figures.count(f.failures()), getTranslation("reliability.table.outages"), ReliabilityFigures::failures);
        Grids.figure(grid, f -> Figures.withUnit(f.mtbfHours(), "h"), "MTBF", ReliabilityFigures::mtbfHours);
        Grids.figure(grid, f -> f.mtbfCiHours() == null ? "–" : Figures.withUnit(f.mtbfCiHours().lower(), "h") + " – "
                + (f.mtbfCiHours().upperBounded() ? Figures.withUnit(f.mtbfCiHours().upper(), "h") : "∞"),
                getTranslation("reliability.table.mtbf-ci"));
        Grids.figure(grid, f -> Figures.withUnit(f.mttrSeconds(), "s"), "MTTR", ReliabilityFigures::mttrSeconds);
        Grids.figure(grid, f -> Figures.availability(f.availability()), getTranslation("reliability.availability"),
                ReliabilityFigures::availability);
        Grids.figure(grid, f -> Figures.withUnit(f.failureRatePerHour(), "/h"), getTranslation("reliability.failure-rate"),
                ReliabilityFigures::failureRatePerHour);
        Grids.readable(grid);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<FaultTimings> timings(List<FaultTimings> rows) {
        Grid<FaultTimings> grid = new Grid<>();
        Grids.figure(grid, t -> scopeName(t.faultType()), getTranslation("reliability.fault-type"));
        Grids.figure(grid, t -> t.timeToDetect() == null ? "–" : Figures.withUnit(t.timeToDetect().meanSeconds(), "s")
                + " (n = " + Figures.count(t.timeToDetect().n()) + ")", getTranslation("reliability.timings.detect"));
        Grids.figure(grid, t -> t.timeToRecover() == null ? "–" : getTranslation("reliability.timings.recover.value",
                Figures.withUnit(t.timeToRecover().meanSeconds(), "s"), Figures.withUnit(t.timeToRecover().maxSeconds(), "s")),
                getTranslation("reliability.timings.recover"));
        Grids.readable(grid);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /**
     * A fault type's or component's name, with the analysis' own names in the reader's language: "all" (the
     * timings' total row), "unspecified" (no fault type or component given), "unexplained" (no injection overlaps).
     */
    private String scopeName(String name) {
        return switch (name) {
            case FaultTimings.ALL -> getTranslation("reliability.name.all");
            case ReliabilityFigures.UNSPECIFIED -> getTranslation("reliability.name.unspecified");
            case FaultAttribution.UNEXPLAINED -> getTranslation("reliability.name.unexplained");
            default -> name;
        };
    }

    /** Outages as bars on a time axis, one row per component (Gantt style). */
    private Div timeline(List<ChartData.OutageBar> outages) {
        List<Series.Range> bars = new ArrayList<>();
        for (ChartData.OutageBar o : outages) {
            String row = (o.component() == null ? getTranslation("reliability.timeline.service") : o.component()) + " · "
                    + (o.faultType() == null ? getTranslation("reliability.timeline.unknown") : o.faultType());
            bars.add(new Series.Range(row, o.downAt().toEpochMilli(), o.upAt().toEpochMilli()));
        }
        Div div = new Div(new H4(getTranslation("reliability.timeline.title")));
        div.setWidthFull();
        if (bars.isEmpty()) return div;
        ApexChart chart = new ApexChart(ChartOptions.of(ChartType.RANGE_BAR).horizontal().dateTimeX(getTranslation("reliability.timeline.axis"))
                .title(getTranslation("reliability.timeline.chart")).height(Math.max(200, 60 + 30 * (int) bars.stream().map(Series.Range::x).distinct().count()))
                .series(List.of(Series.ranges(getTranslation("reliability.timeline.down"), bars))));
        chart.addClassName("bb-outage-timeline");
        div.add(chart);
        return div;
    }

    private Div reported(List<ReportedFigures> reported) {
        Div div = new Div(new H4(getTranslation("reliability.reported.title")));
        div.addClassName("bb-quoted");
        Grid<ReportedFigures> grid = new Grid<>();
        Grids.figure(grid, r -> r.figures().faultType(), getTranslation("reliability.fault-type"));
        Grids.figure(grid, r -> Figures.withUnit(r.figures().mtbfHours(), "h"), getTranslation("reliability.reported.mtbf"));
        Grids.figure(grid, r -> Figures.withUnit(r.figures().mttrSeconds(), "s"), getTranslation("reliability.reported.mttr"));
        Grids.figure(grid, r -> Figures.withUnit(r.figures().failureRate(), "%"), getTranslation("reliability.reported.failure-rate"));
        Grids.text(grid, r -> Words.of(r.origin(), getLocale()), getTranslation("reliability.reported.origin"), "10em");
        Grids.readable(grid);
        grid.setItems(reported);
        grid.setAllRowsVisible(true);
        div.add(grid);
        return div;
    }

}
