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
import dev.benchboard.decision.DecisionWords;
import dev.benchboard.decision.Recommendation;
import dev.benchboard.report.CandidateReport;
import dev.benchboard.report.DecisionService;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.Figure;
import dev.benchboard.report.ReportService;
import dev.benchboard.format.Figures;
import dev.benchboard.ui.Grids;
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
        add(new Paragraph(getTranslation("report.computing")), computing);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        // Warm (this data version's report computed and its decision prepared already): drawn in this response.
        var computed = reports.computedReportWithCharts(evaluationId);
        var prepared = computed.isPresent() ? decisions.decidedIfPrepared(evaluationId, null) : java.util.Optional.<DecisionResult>empty();
        if (prepared.isPresent()) {
            show(computed.get().report(), prepared.get());
            getElement().setAttribute(ReportPage.DRAWN, true);
            return;
        }
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
                    add(new Paragraph(getTranslation("report.failed", e.getMessage())));
                });
            }
        });
    }

    private void show(EvaluationReport report, DecisionResult decision) {
        removeAll();
        if (report.sources().isEmpty()) {
            add(new Paragraph(getTranslation("report.dashboard.no-measurements")), uploadLink());
            return;
        }
        Div recommendation = new Div(new H3(getTranslation("report.dashboard.recommendation")));
        recommendation.addClassName("bb-card");
        recommendation.setId("recommendation");
        if (decision.top() != null) {
            Span top = new Span(decision.top());
            top.addClassName("bb-figure");
            top.setId("recommended");
            recommendation.add(top, new Paragraph(decision.topDecidedBy().in(getLocale())));
            for (Recommendation r : decision.recommendation()) {
                // Excluded candidates have no rank: "null. fasthttp — …" was shown for them.
                String reasons = DecisionWords.semicolons(r.reasons().stream().limit(2).toList()).in(getLocale());
                recommendation.add(new Paragraph(r.rank() == null ? getTranslation("report.dashboard.not-ranked", r.candidate(), reasons)
                        : r.rank() + ". " + r.candidate() + " — " + reasons));
            }
        } else {
            recommendation.add(new Paragraph(getTranslation("report.dashboard.no-candidate", decision.notes().isEmpty() ? "" : DecisionWords.semicolons(decision.notes()).in(getLocale()))));
        }
        recommendation.add(new Anchor("evaluations/" + evaluationId + "/decision", getTranslation("report.dashboard.path-taken")));
        add(recommendation);

        Grid<CandidateReport> headline = new Grid<>();
        headline.setId("headline");
        // One rule for every table (Grids): figures as wide as they are, sortable by their value, and the
        // whole text (interval included) as a tooltip should a narrow screen cut it.
        Grids.figure(headline, CandidateReport::candidate, getTranslation("report.dashboard.candidate"));
        Grids.figure(headline, c -> figure(c.latency() == null ? null : c.latency().throughput()), getTranslation("report.dashboard.throughput"),
                c -> value(c.latency() == null ? null : c.latency().throughput()));
        Grids.figure(headline, c -> figure(c.latency() == null ? null : c.latency().latency().get("p50")), "P50",
                c -> value(c.latency() == null ? null : c.latency().latency().get("p50")));
        Grids.figure(headline, c -> figure(c.latency() == null ? null : c.latency().latency().get("p99")), "P99",
                c -> value(c.latency() == null ? null : c.latency().latency().get("p99")));
        Grids.figure(headline, c -> c.gc() == null || c.gc().headline() == null ? "–"
                : Figures.withUnit(c.gc().headline().pauseP99Ms(), "ms"), getTranslation("report.dashboard.gc-pause-p99"),
                c -> c.gc() == null || c.gc().headline() == null ? null : c.gc().headline().pauseP99Ms());
        Grids.figure(headline, c -> c.reliability() == null || c.reliability().report().service() == null ? "–"
                : Figures.availability(c.reliability().report().service().availability()), getTranslation("report.dashboard.availability"),
                c -> c.reliability() == null || c.reliability().report().service() == null ? null
                        : c.reliability().report().service().availability());
        Grids.figure(headline, c -> capacity(c) == null ? "–" : Figures.withUnit(capacity(c), "req/s"), getTranslation("report.dashboard.slo-capacity"),
                Dashboard::capacity);
        Grids.readable(headline);
        // Figures with their interval wrap within a base width rather than push the last columns off-screen.
        headline.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        headline.getColumns().stream().skip(1).forEach(c -> c.setAutoWidth(false).setWidth("9em").setFlexGrow(1));
        headline.setItems(report.candidates());
        headline.setAllRowsVisible(true);
        Paragraph where = new Paragraph(getTranslation("report.dashboard.where") + " ");
        where.addClassName("bb-section-links");
        for (String[] section : ReportPage.SECTIONS.subList(2, 7)) {   // compare … decision
            if (where.getChildren().findAny().isPresent()) where.add(" · ");
            where.add(new Anchor("evaluations/" + evaluationId + section[1], getTranslation(section[2])));
        }
        add(new H3(getTranslation("report.dashboard.headline")), headline, where);
        // A sweep's levels pooled into one throughput and one P99 mix loads: say so where the figures are.
        report.candidates().stream().filter(c -> c.latency() != null && !c.latency().pooledConcurrency().isEmpty())
                .forEach(c -> {
                    Paragraph pooled = new Paragraph(getTranslation("report.dashboard.pooled", c.candidate(),
                            Figures.count(c.latency().pooledConcurrency().size())));
                    pooled.addClassName("bb-pooled-loads");
                    add(pooled);
                });

        List<String> missing = report.candidates().stream().flatMap(c -> c.missing().stream()).map(m -> m.in(getLocale())).toList();
        if (!missing.isEmpty()) {
            Div gaps = new Div(new H3(getTranslation("report.dashboard.missing")));
            gaps.setId("missing");
            missing.forEach(m -> gaps.add(new Paragraph(m)));
            gaps.add(uploadLink());
            add(gaps);
        }
    }

    /** "12.3 ms (11.9 – 12.8 ms)": the estimate and its 95 % interval, each end in the figure's unit. */
    private static String figure(Figure f) {
        if (f == null || f.value() == null) return "–";
        String ci = f.ciLow() != null && f.ciHigh() != null ? " (" + interval(f.ciLow(), f.ciHigh(), f.unit()) + ")" : "";
        return Figures.withUnit(f.value(), f.unit()) + ci;
    }

    /** "52,941 – 83,562 req/s": the unit once when both ends have the same one after scaling ("34 µs – 1.14 ms" otherwise). */
    static String interval(double low, double high, String unit) {
        String a = Figures.withUnit(low, unit), b = Figures.withUnit(high, unit);
        int space = a.lastIndexOf(' ');
        if (space > 0 && b.endsWith(a.substring(space))) a = a.substring(0, space);
        return a + " – " + b;
    }

    private Anchor uploadLink() {
        return new Anchor("evaluations/" + evaluationId + "/upload", getTranslation("report.upload-results"));
    }

    private static Double value(Figure f) {
        return f == null ? null : f.value();
    }

    private static Double capacity(CandidateReport c) {
        return c.capacity() == null || c.capacity().plan().sloCapacity() == null ? null
                : c.capacity().plan().sloCapacity().capacityQps();
    }
}
