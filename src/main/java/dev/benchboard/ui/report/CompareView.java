package dev.benchboard.ui.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evidence.SecondBucket;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.EvidenceStore;
import dev.benchboard.evidence.SecondBucket;
import dev.benchboard.report.CandidateReport;
import dev.benchboard.report.ChartData;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.Figure;
import dev.benchboard.report.LatencySection;
import dev.benchboard.report.RegressionRow;
import dev.benchboard.report.ReportService;
import dev.benchboard.evidence.SourceRef;
import dev.benchboard.stats.latency.RunLatency;
import dev.benchboard.format.Figures;
import dev.benchboard.ui.Format;
import dev.benchboard.ui.chart.ApexChart;
import dev.benchboard.ui.chart.ChartOptions;
import dev.benchboard.ui.chart.ChartType;
import dev.benchboard.ui.chart.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.task.TaskExecutor;

/**
 * Side by side: throughput and error rate with their intervals, the percentile distribution on a log
 * axis, P99 against load, latency over time of one run, and the regression verdicts.
 */
@PermitAll
@Route("evaluations/:id/compare")
public class CompareView extends ReportPage {

    private static final List<String> PERCENTILES = List.of("p50", "p90", "p99", "p999", "max");
    private static final List<String> PERCENTILE_LABELS = List.of("P50", "P90", "P99", "P99.9", "max");

    private final dev.benchboard.tracking.Acknowledgements acknowledgements;
    private final Div charts = new Div();
    private final Div regressionTable = new Div();
    private EvaluationReport report;
    /** The uploads the figures come from; null: all of them. */
    private Set<Long> chosenUploads;
    private Set<String> shownCandidates = Set.of();

    public CompareView(EvaluationService evaluations, ReportService reports, TaskExecutor executor,
                       dev.benchboard.tracking.Acknowledgements acknowledgements) {
        super(evaluations, reports, executor);
        this.acknowledgements = acknowledgements;
    }

    @Override
    protected String section() {
        return "Compare";
    }

    @Override
    protected void render(EvaluationReport report) {
        this.report = report;
        this.chosenUploads = null;
        List<String> names = report.candidates().stream().filter(c -> c.latency() != null).map(CandidateReport::candidate).toList();
        if (names.isEmpty()) {
            add(new Paragraph("No load-test results yet. Upload wrk, hey, k6, JMeter or vegeta outputs to compare candidates."),
                    new com.vaadin.flow.component.html.Anchor("evaluations/" + evaluation.id() + "/upload", "Upload results"));
        } else {
            MultiSelectComboBox<String> pick = new MultiSelectComboBox<>("Candidates");
            pick.setId("compare-candidates");
            pick.setI18n(dev.benchboard.ui.i18n.ComponentTexts.multiSelect(getLocale()));
            pick.setItems(names);
            pick.setValue(Set.copyOf(names));
            // Wide enough for every candidate's chip: a narrow box collapses them into a bare count.
            pick.setWidth("min(100%, 640px)");
            pick.addValueChangeListener(e -> drawCharts(e.getValue()));
            add(pick, uploadChooser(report), fullWidth(charts));
            drawCharts(Set.copyOf(names));
            add(runOverTime());
        }
        add(regressions());
    }

    /**
     * Which load-test uploads the figures and verdicts use (all by default): e.g. only the runs at one
     * concurrency, or without a run known to be disturbed. Other uploads (Go benchmarks, GC, chaos) stay.
     */
    private MultiSelectComboBox<SourceRef> uploadChooser(EvaluationReport full) {
        Map<SourceRef, String> candidateOf = new LinkedHashMap<>();
        full.candidates().stream().filter(c -> c.latency() != null)
                .forEach(c -> c.latency().sources().forEach(source -> candidateOf.put(source, c.candidate())));
        Set<Long> others = full.sources().stream().map(SourceRef::uploadId).collect(java.util.stream.Collectors.toSet());
        candidateOf.keySet().forEach(source -> others.remove(source.uploadId()));
        MultiSelectComboBox<SourceRef> uploads = new MultiSelectComboBox<>("Load-test uploads");
        uploads.setId("compare-uploads");
        uploads.setI18n(dev.benchboard.ui.i18n.ComponentTexts.multiSelect(getLocale()));
        uploads.setItems(candidateOf.keySet());
        uploads.setItemLabelGenerator(source -> candidateOf.get(source) + " · " + source.fileName() + " #" + source.uploadId());
        uploads.setValue(candidateOf.keySet());
        uploads.setWidth("min(100%, 640px)");
        uploads.setClearButtonVisible(true);
        uploads.setHelperText("All by default; the charts and verdicts below use the chosen files only.");
        uploads.addValueChangeListener(e -> {
            if (e.getValue().isEmpty()) {
                uploads.setErrorMessage("Choose at least one upload.");
                uploads.setInvalid(true);
                return;
            }
            uploads.setInvalid(false);
            Set<Long> ids = new java.util.TreeSet<>(others);
            e.getValue().forEach(source -> ids.add(source.uploadId()));
            chosenUploads = e.getValue().size() == candidateOf.size() ? null : ids;
            Set<Long> chosen = chosenUploads;
            long id = evaluation.id();
            // A choice of files is computed afresh (not cached): off the UI thread, drawn when done.
            inBackground(e.getSource().getUI().orElseThrow(), () -> reports.report(id, chosen), restricted -> {
                report = restricted;
                drawCharts(shownCandidates);
                showRegressions(report.regressions());
            }, failed -> {
                uploads.setErrorMessage(failed.getMessage());
                uploads.setInvalid(true);
            });
        });
        return uploads;
    }

    private void drawCharts(Set<String> selected) {
        shownCandidates = Set.copyOf(selected);
        charts.removeAll();
        List<CandidateReport> shown = report.candidates().stream()
                .filter(c -> c.latency() != null && selected.contains(c.candidate())).toList();
        Div grid = new Div();
        grid.addClassName("bb-grid-2");
        grid.add(intervalChart("Throughput (mean, 95 % CI)", "req/s", shown, c -> c.latency().throughput(), "compare-throughput"));
        grid.add(percentileChart(shown));
        grid.add(p99VersusLoad(shown));
        grid.add(intervalChart("Error rate (95 % CI: Wilson, or over time blocks or runs when errors cluster)", "%", shown, c -> percent(c.latency().errorRate()), "compare-errors"));
        charts.add(grid);
        shown.forEach(c -> charts.add(Sources.of(c.latency().sources())));
        // What the figures above do not say by themselves: closed-loop tails, pooled loads, rounding.
        shown.forEach(c -> c.latency().warnings().forEach(w -> {
            Paragraph note = new Paragraph("⚠ " + c.candidate() + ": " + w);
            note.addClassName("bb-latency-warning");
            charts.add(note);
        }));
    }

    private static Figure percent(Figure f) {
        if (f == null) return null;
        return new Figure(f.value() == null ? null : f.value() * 100, f.ciLow() == null ? null : f.ciLow() * 100,
                f.ciHigh() == null ? null : f.ciHigh() * 100, "%", f.origin(), f.n(), f.method());
    }

    /** A box per candidate from the interval's low to its high end, the line at the estimate. */
    static ApexChart intervalChart(String title, String unit, List<CandidateReport> candidates,
                                   java.util.function.Function<CandidateReport, Figure> figure, String id) {
        List<Series.Box> boxes = new ArrayList<>();
        for (CandidateReport c : candidates) {
            Figure f = figure.apply(c);
            if (f == null || f.value() == null) continue;
            double low = f.ciLow() == null ? f.value() : f.ciLow();
            double high = f.ciHigh() == null ? f.value() : f.ciHigh();
            boxes.add(new Series.Box(c.candidate(), low, f.value(), f.value(), f.value(), high));
        }
        ApexChart chart = new ApexChart(ChartOptions.of(ChartType.BOX_PLOT).title(title)
                .subtitle("box = 95 % interval (clipped at 0), line = estimate").yAxis(title.split(" \\(")[0], unit).yMin(0)
                .series(List.of(Series.boxes(title, boxes))));
        chart.setId(id);
        return chart;
    }

    private ApexChart percentileChart(List<CandidateReport> shown) {
        List<Series> series = new ArrayList<>();
        for (CandidateReport c : shown) {
            Map<String, Figure> figures = c.latency().latency();
            series.add(Series.values(c.candidate(), PERCENTILES.stream()
                    .map(k -> figures.get(k) == null ? null : figures.get(k).value()).toList()));
        }
        ChartOptions options = ChartOptions.of(ChartType.LINE).title("Latency percentiles")
                .subtitle("log scale, a tick per decade; raw distributions merged per candidate where available")
                .categories(PERCENTILE_LABELS).yAxis("Latency", "ms").logarithmicY().series(series);
        if (report.requirements().p99SloMs() != null) {
            options.horizontalLine(report.requirements().p99SloMs(), "P99 SLO " + Format.number(report.requirements().p99SloMs(), "ms"), "#d33");
        }
        ApexChart chart = new ApexChart(options);
        chart.setId("compare-percentiles");
        return chart;
    }

    private ApexChart p99VersusLoad(List<CandidateReport> shown) {
        List<Series> series = new ArrayList<>();
        for (CandidateReport c : shown) {
            List<Series.XY> points = new ArrayList<>();
            for (RunLatency run : c.latency().detail().runs()) {
                Double p99 = run.percentiles().stream().filter(p -> p.percentile() == 99.0).map(p -> p.valueMs()).findFirst().orElse(null);
                if (p99 != null && run.throughput() != null) points.add(new Series.XY(run.throughput().requestsPerSecond(), p99));
            }
            // Points, not a line: runs of different tools and loads have no order to join them in.
            series.add(Series.xy(c.candidate(), points).as(ChartType.SCATTER));
        }
        ChartOptions options = ChartOptions.of(ChartType.LINE).title("P99 vs load").subtitle("one point per run")
                .numericX("Throughput", "req/s").yAxis("P99", "ms").series(series);
        if (report.requirements().p99SloMs() != null) {
            options.horizontalLine(report.requirements().p99SloMs(), "SLO", "#d33");
        }
        ApexChart chart = new ApexChart(options);
        chart.setId("compare-p99-load");
        return chart;
    }

    /** Latency over time of one run that has per-request timestamps. */
    private Div runOverTime() {
        Div section = fullWidth(new Div(new H3("Latency over time of one run")));
        Map<String, List<SecondBucket>> runs = new LinkedHashMap<>();
        for (ChartData.CandidateCharts c : chartData.candidates()) {
            for (ChartData.RunSeries run : c.runs()) {
                runs.put(c.candidate() + " · " + run.source().fileName() + (run.label() == null ? "" : " · " + run.label())
                        + " #" + run.runId(), run.perSecond());
            }
        }
        if (runs.isEmpty()) {
            section.add(new Paragraph("No run with per-request timestamps yet (hey CSV, k6 JSON, JMeter JTL or raw latency CSV have them)."));
            return section;
        }
        Select<String> pick = new Select<>();
        pick.setLabel("Run");
        pick.setItems(runs.keySet());
        ApexChart chart = new ApexChart(overTime(runs.values().iterator().next()));
        chart.setId("compare-over-time");
        pick.setValue(runs.keySet().iterator().next());
        pick.addValueChangeListener(e -> chart.setOptions(overTime(runs.get(e.getValue()))));
        section.add(pick, chart);
        return section;
    }

    private static ChartOptions overTime(List<SecondBucket> buckets) {
        return ChartOptions.of(ChartType.LINE).title("Latency per second").numericX("Seconds since start", "s")
                .yAxis("Latency", "ms").series(List.of(
                        Series.xy("mean", buckets.stream().map(b -> new Series.XY(b.second(), b.meanMs())).toList()),
                        Series.xy("max", buckets.stream().map(b -> new Series.XY(b.second(), b.maxMs())).toList())));
    }

    private Div regressions() {
        Div section = fullWidth(new Div(new H3("Regression verdicts")));
        section.setId("regressions");
        section.add(new Paragraph("Mann-Whitney U on per-run values (Hodges–Lehmann shift), Holm-adjusted over the rows of a "
                + "comparison; verdict when p < α = " + Figures.number(report.settings().alpha()) + " and |Δ| ≥ "
                + Figures.number(report.settings().practicalThresholdPercent()) + " %. Runs are compared like with like (same label and load). "
                + "One run a side is never a verdict: the within-run bootstrap of the difference is shown as information, "
                + "and the Why line under each row says how many more runs a side a verdict needs."));
        showRegressions(report.regressions());
        regressionTable.setWidthFull();
        List<String> names = report.candidates().stream().map(CandidateReport::candidate).toList();
        Select<String> baseline = new Select<>();
        baseline.setId("compare-baseline");
        baseline.setLabel("Baseline");
        baseline.setItems(names);
        Select<String> candidate = new Select<>();
        candidate.setId("compare-candidate");
        candidate.setLabel("Candidate");
        candidate.setItems(names);
        Paragraph error = new Paragraph();
        Button compare = new Button("Compare", click -> {
            error.setText("");
            long id = evaluation.id();
            String a = baseline.getValue();
            String b = candidate.getValue();
            Set<Long> chosen = chosenUploads;
            inBackground(click.getSource().getUI().orElseThrow(), () -> reports.compare(id, a, b, chosen),
                    pair -> showRegressions(pair.rows()), e -> error.setText(e.getMessage()));
        });
        compare.setId("compare-pair");
        HorizontalLayout pick = new HorizontalLayout(baseline, candidate, compare);
        pick.setAlignItems(Alignment.BASELINE);
        section.add(pick, error, regressionTable);
        return section;
    }

    private void showRegressions(List<RegressionRow> rows) {
        regressionTable.removeAll();
        // Regressed rows can be accepted (or the acceptance undone) right in the table.
        regressionTable.add(RegressionTable.of(rows, grid -> dev.benchboard.ui.tracking.AcceptColumn.addTo(grid,
                evaluation.id(), acknowledgements)));
    }

}
