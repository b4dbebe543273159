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
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.ReportService;
import dev.benchboard.stats.reliability.FaultTimings;
import dev.benchboard.stats.reliability.ReliabilityFigures;
import dev.benchboard.stats.reliability.ReliabilityReport;
import dev.benchboard.stats.reliability.ReportedFigures;
import dev.benchboard.ui.Format;
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

    private final EvidenceStore evidence;

    public ReliabilityView(EvaluationService evaluations, ReportService reports, TaskExecutor executor, EvidenceStore evidence) {
        super(evaluations, reports, executor);
        this.evidence = evidence;
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
        Evidence data = evidence.load(evaluation.id());
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
                budget.add("Error budget spent", Format.number(b.spentFraction() * 100, "%"));
                budget.add("P(SLO met)", b.probabilitySloMet() == null ? "not computable" : probability(b.probabilitySloMet()));
                card.add(new H4("Error budget"), budget, new Paragraph(b.method()));
            }
            if (!r.byFaultType().isEmpty()) card.add(new H4("Per fault type"), table(r.byFaultType()));
            if (!r.byComponent().isEmpty()) card.add(new H4("Per component"), table(r.byComponent()));
            if (!r.timings().isEmpty()) card.add(new H4("Time to detect and to recover"), timings(r.timings()));
            Evidence.CandidateEvidence raw = data.candidates().stream().filter(x -> x.name().equals(c.candidate())).findFirst().orElse(null);
            if (raw != null) card.add(timeline(raw));
            if (r.resilience() != null && r.resilience().scorePercent() != null) {
                card.add(new H4("Resilience score (LitmusChaos)"),
                        new Paragraph(Format.number(r.resilience().scorePercent(), "%") + " — " + r.resilience().method()));
            }
            if (!r.reported().isEmpty()) card.add(reported(r.reported()));
            r.warnings().forEach(w -> card.add(new Paragraph("⚠ " + w)));
            add(card);
        }
    }

    /** Tiny probabilities in scientific notation: 1.335e-19 rather than nineteen zeros to count. */
    static String probability(double p) {
        return p != 0 && Math.abs(p) < 1e-4 ? String.format(java.util.Locale.ROOT, "%.4g", p) : Format.number(p, null);
    }

    private static KeyValues figures(ReliabilityFigures f) {
        KeyValues kv = new KeyValues();
        kv.add("Observed window", Format.number(f.windowSeconds() / 3600, "h") + " with " + Format.number(f.downtimeSeconds(), "s")
                + " down");
        var mtbf = f.mtbfCiHours();
        kv.add("MTBF", Format.number(f.mtbfHours(), "h") + (mtbf == null ? "" : " (95 % CI " + Format.number(mtbf.lower(), null)
                + " – " + (mtbf.upperBounded() ? Format.number(mtbf.upper(), null) : "∞") + " h)"));
        kv.add("MTTR", Format.number(f.mttrSeconds(), "s") + " (median " + Format.number(f.medianRepairSeconds(), "s")
                + ", P90 " + Format.number(f.p90RepairSeconds(), "s") + ")");
        if (f.mttrCi() != null && f.mttrCi().bootstrapMean() != null) {
            var ci = f.mttrCi().bootstrapMean();
            kv.add("MTTR 95 % CI (bootstrap of the mean)", Format.number(ci.lower(), null) + " – " + Format.number(ci.upper(), "s"));
        }
        var a = f.availabilityCi();
        kv.add("Availability", Format.percentFraction(f.availability()) + (a == null ? "" : " (95 % CI "
                + Format.percentFraction(a.lower()) + " – " + Format.percentFraction(a.upper()) + ")")
                + (f.nines() == null ? "" : " · " + Format.number(f.nines(), "nines")));
        kv.add("Failure rate", Format.number(f.failureRatePerHour(), "per hour of up-time"));
        return kv;
    }

    private static Grid<ReliabilityFigures> table(List<ReliabilityFigures> rows) {
        Grid<ReliabilityFigures> grid = new Grid<>();
        grid.addColumn(ReliabilityFigures::name).setHeader("Name").setAutoWidth(true).setSortable(true);
        grid.addColumn(f -> f.failures()).setHeader("Outages").setAutoWidth(true);
        grid.addColumn(f -> Format.number(f.mtbfHours(), "h")).setHeader("MTBF").setAutoWidth(true);
        grid.addColumn(f -> f.mtbfCiHours() == null ? "–" : Format.number(f.mtbfCiHours().lower(), null) + " – "
                + (f.mtbfCiHours().upperBounded() ? Format.number(f.mtbfCiHours().upper(), "h") : "∞")).setHeader("MTBF 95 % CI");
        grid.addColumn(f -> Format.number(f.mttrSeconds(), "s")).setHeader("MTTR").setAutoWidth(true);
        grid.addColumn(f -> Format.percentFraction(f.availability())).setHeader("Availability").setAutoWidth(true);
        grid.addColumn(f -> Format.number(f.failureRatePerHour(), "/h")).setHeader("Failure rate").setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Grid<FaultTimings> timings(List<FaultTimings> rows) {
        Grid<FaultTimings> grid = new Grid<>();
        grid.addColumn(FaultTimings::faultType).setHeader("Fault type").setAutoWidth(true);
        grid.addColumn(t -> t.timeToDetect() == null ? "–" : Format.number(t.timeToDetect().meanSeconds(), "s")
                + " (n = " + t.timeToDetect().n() + ")").setHeader("Time to detect (mean)");
        grid.addColumn(t -> t.timeToRecover() == null ? "–" : Format.number(t.timeToRecover().meanSeconds(), "s")
                + " (max " + Format.number(t.timeToRecover().maxSeconds(), "s") + ")").setHeader("Time to recover (mean)");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Outages as bars on a time axis, one row per component (Gantt style). */
    private static Div timeline(Evidence.CandidateEvidence raw) {
        List<Series.Range> bars = new ArrayList<>();
        for (Evidence.ChaosItem item : raw.chaos()) {
            for (Outage o : item.chaos().outages()) {
                if (o.downAt() == null || o.upAt() == null) continue;
                String row = (o.component() == null ? "service" : o.component()) + " · " + (o.faultType() == null ? "unknown" : o.faultType());
                bars.add(new Series.Range(row, o.downAt().toEpochMilli(), o.upAt().toEpochMilli()));
            }
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
        grid.addColumn(r -> r.figures().faultType()).setHeader("Fault type");
        grid.addColumn(r -> Format.number(r.figures().mtbfHours(), "h")).setHeader("MTBF (reported)");
        grid.addColumn(r -> Format.number(r.figures().mttrSeconds(), "s")).setHeader("MTTR (reported)");
        grid.addColumn(r -> Format.number(r.figures().failureRate(), "%")).setHeader("Failure rate (reported)");
        grid.addColumn(ReportedFigures::origin).setHeader("Origin");
        grid.setItems(reported);
        grid.setAllRowsVisible(true);
        div.add(grid);
        return div;
    }

}
