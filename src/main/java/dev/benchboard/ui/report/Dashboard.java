package dev.benchboard.ui.report;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dev.benchboard.decision.DecisionResult;
import dev.benchboard.decision.Recommendation;
import dev.benchboard.report.CandidateReport;
import dev.benchboard.report.DecisionService;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.Figure;
import dev.benchboard.report.ReportService;
import dev.benchboard.ui.Format;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The evaluation overview's dashboard: the recommendation, the headline figures per candidate and
 * what is missing, computed in the background and pushed to the page.
 */
public class Dashboard extends Div {

    private final long evaluationId;
    private final ReportService reports;
    private final DecisionService decisions;
    private final Executor executor;

    public Dashboard(long evaluationId, ReportService reports, DecisionService decisions, Executor executor) {
        this.evaluationId = evaluationId;
        this.reports = reports;
        this.decisions = decisions;
        this.executor = executor;
        setWidthFull();
        setId("dashboard");
        ProgressBar computing = new ProgressBar();
        computing.setIndeterminate(true);
        add(new Paragraph("Computing the report…"), computing);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        executor.execute(() -> {
            try {
                EvaluationReport report = reports.report(evaluationId);
                DecisionResult decision = decisions.decide(evaluationId);
                ui.access(() -> {
                    show(report, decision);
                    getElement().setAttribute(ReportPage.DRAWN, true);
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    removeAll();
                    add(new Paragraph("The report could not be computed: " + e.getMessage()));
                });
            }
        });
    }

    private void show(EvaluationReport report, DecisionResult decision) {
        removeAll();
        if (report.sources().isEmpty()) {
            add(new Paragraph("No measurements yet: upload load tests, GC traces or chaos results to get figures, verdicts "
                    + "and a recommendation."), new Anchor("evaluations/" + evaluationId + "/upload", "Upload results"));
            return;
        }
        Div recommendation = new Div(new H3("Recommendation"));
        recommendation.addClassName("bb-card");
        recommendation.setId("recommendation");
        if (decision.top() != null) {
            Span top = new Span(decision.top());
            top.addClassName("bb-figure");
            top.setId("recommended");
            recommendation.add(top, new Paragraph(decision.topDecidedBy()));
            for (Recommendation r : decision.recommendation()) {
                recommendation.add(new Paragraph(r.rank() + ". " + r.candidate() + " — "
                        + String.join("; ", r.reasons().stream().limit(2).toList())));
            }
        } else {
            recommendation.add(new Paragraph("No candidate remains: " + String.join("; ", decision.notes())));
        }
        recommendation.add(new Anchor("evaluations/" + evaluationId + "/decision", "The path taken and its evidence"));
        add(recommendation);

        Grid<CandidateReport> headline = new Grid<>();
        headline.setId("headline");
        headline.addColumn(CandidateReport::candidate).setHeader("Candidate").setAutoWidth(true);
        headline.addColumn(c -> figure(c.latency() == null ? null : c.latency().throughput())).setHeader("Throughput");
        headline.addColumn(c -> figure(c.latency() == null ? null : c.latency().latency().get("p50"))).setHeader("P50");
        headline.addColumn(c -> figure(c.latency() == null ? null : c.latency().latency().get("p99"))).setHeader("P99");
        headline.addColumn(c -> c.gc() == null || c.gc().headline() == null ? "–"
                : Format.number(c.gc().headline().pauseP99Ms(), "ms")).setHeader("GC pause P99");
        headline.addColumn(c -> c.reliability() == null || c.reliability().report().service() == null ? "–"
                : Format.percentFraction(c.reliability().report().service().availability())).setHeader("Availability");
        headline.addColumn(c -> c.capacity() == null || c.capacity().plan().sloCapacity() == null
                || c.capacity().plan().sloCapacity().capacityQps() == null ? "–"
                : Format.number(c.capacity().plan().sloCapacity().capacityQps(), "req/s")).setHeader("SLO-bound capacity");
        headline.setItems(report.candidates());
        headline.setAllRowsVisible(true);
        add(new H3("Headline figures"), headline,
                new Paragraph("Intervals are 95 %; details, charts and sources in the sections above."));
        // A sweep's levels pooled into one throughput and one P99 mix loads: say so where the figures are.
        report.candidates().stream().filter(c -> c.latency() != null && !c.latency().pooledConcurrency().isEmpty())
                .forEach(c -> {
                    Paragraph pooled = new Paragraph("⚠ " + c.candidate() + ": throughput and percentiles pool runs at "
                            + c.latency().pooledConcurrency().size() + " concurrency levels; compare them level by level"
                            + " (Compare) or read the sweep on the Capacity page.");
                    pooled.addClassName("bb-pooled-loads");
                    add(pooled);
                });

        List<String> missing = report.candidates().stream().flatMap(c -> c.missing().stream()).toList();
        if (!missing.isEmpty()) {
            Div gaps = new Div(new H3("Missing evidence"));
            gaps.setId("missing");
            missing.forEach(m -> gaps.add(new Paragraph(m)));
            gaps.add(new Anchor("evaluations/" + evaluationId + "/upload", "Upload results"));
            add(gaps);
        }
    }

    private static String figure(Figure f) {
        if (f == null || f.value() == null) return "–";
        String ci = f.ciLow() != null && f.ciHigh() != null
                ? " [" + Format.plain(f.ciLow()) + ", " + Format.plain(f.ciHigh()) + "]" : "";
        return Format.number(f.value(), f.unit()) + ci;
    }
}
