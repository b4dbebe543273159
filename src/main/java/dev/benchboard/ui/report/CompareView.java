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
    /** The percentiles' category labels; "max" is a word ({@code compare.percentile.max}). */
    private static final List<String> PERCENTILE_LABELS = List.of("P50", "P90", "P99", "P99.9");

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
        return "compare";
    }

    @Override
    protected void render(EvaluationReport report) {
        this.report = report;
        this.chosenUploads = null;
        List<String> names = report.candidates().stream().filter(c -> c.latency() != null).map(CandidateReport::candidate).toList();
        if (names.isEmpty()) {
            add(new Paragraph(getTranslation("compare.no-results")), uploadLink());
        } else {
            MultiSelectComboBox<String> pick = new MultiSelectComboBox<>(getTranslation("compare.candidates"));
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
        MultiSelectComboBox<SourceRef> uploads = new MultiSelectComboBox<>(getTranslation("compare.uploads.label"));
        uploads.setId("compare-uploads");
        uploads.setI18n(dev.benchboard.ui.i18n.ComponentTexts.multiSelect(getLocale()));
        uploads.setItems(candidateOf.keySet());
        uploads.setItemLabelGenerator(source -> candidateOf.get(source) + " · " + source.fileName() + " #" + source.uploadId());
        uploads.setValue(candidateOf.keySet());
        uploads.setWidth("min(100%, 640px)");
        uploads.setClearButtonVisible(true);
        uploads.setHelperText(getTranslation("compare.uploads.helper"));
        uploads.addValueChangeListener(e -> {
            if (e.getValue().isEmpty()) {
                uploads.setErrorMessage(getTranslation("compare.uploads.none"));
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
        grid.add(intervalChart(getTranslation("compare.throughput.title"), getTranslation("compare.throughput.axis"), "req/s", shown,
                c -> c.latency().throughput(), "compare-throughput"));
        grid.add(percentileChart(shown));
        grid.add(p99VersusLoad(shown));
        grid.add(intervalChart(getTranslation("compare.errors.title"), getTranslation("compare.errors.axis"), "%", shown,
                c -> percent(c.latency().errorRate()), "compare-errors"));
        charts.add(grid);
        shown.forEach(c -> charts.add(Sources.of(c.latency().sources())));
        // What the figures above do not say by themselves: closed-loop tails, pooled loads, rounding.
        shown.forEach(c -> c.latency().warnings().forEach(w -> {
            Paragraph note = new Paragraph("⚠ " + c.candidate() + ": " + w.in(getLocale()));
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
    private ApexChart intervalChart(String title, String axis, String unit, List<CandidateReport> candidates,
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
                .subtitle(getTranslation("compare.interval.subtitle")).yAxis(axis, unit).yMin(0)
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
        List<String> categories = new ArrayList<>(PERCENTILE_LABELS);
        categories.add(getTranslation("compare.percentile.max"));
        ChartOptions options = ChartOptions.of(ChartType.LINE).title(getTranslation("compare.percentiles.title"))
                .subtitle(getTranslation("compare.percentiles.subtitle"))
                .categories(categories).yAxis(getTranslation("compare.axis.latency"), "ms").logarithmicY().series(series);
        if (report.requirements().p99SloMs() != null) {
            options.horizontalLine(report.requirements().p99SloMs(),
                    "P99 SLO " + Figures.withUnit(report.requirements().p99SloMs(), "ms"), "#d33");
        }
        ApexChart chart = new ApexChart(options);
        chart.setId("compare-percentiles");
        return chart;
    }

    private ApexChart p99VersusLoad(List<CandidateReport> shown) {
        List<Series> series = new ArrayList<>();
        for (CandidateReport c : shown) {
            List<Series.XY> points = new ArrayList<>();
            ChartData.CandidateCharts charted = chartData.candidate(c.candidate());
            Map<String, ChartData.RunLoad> loads = new LinkedHashMap<>();
            if (charted != null) charted.loads().forEach(load -> loads.put(load.run(), load));
            for (RunLatency run : c.latency().detail().runs()) {
                Double p99 = run.percentiles().stream().filter(p -> p.percentile() == 99.0).map(p -> p.valueMs()).findFirst().orElse(null);
                if (p99 == null || run.throughput() == null) continue;
                // Each point says the load it was measured at ("c64") and, in its tooltip, the run it comes from:
                // runs at several loads were anonymous dots.
                ChartData.RunLoad load = loads.get(run.runId());
                String label = load == null ? null : loadLabel(load);
                String note = run.runId() + " · " + (label == null ? getTranslation("compare.load.unknown") : label);
                points.add(new Series.XY(run.throughput().requestsPerSecond(), p99, label, note));
            }
            // Points, not a line: runs of different tools and loads have no order to join them in.
            series.add(Series.xy(c.candidate(), points).as(ChartType.SCATTER));
        }
        ChartOptions options = ChartOptions.of(ChartType.LINE).title(getTranslation("compare.p99-load.title"))
                .subtitle(getTranslation("compare.p99-load.subtitle"))
                .numericX(getTranslation("compare.axis.throughput"), "req/s").yAxis("P99", "ms").series(series);
        if (report.requirements().p99SloMs() != null) {
            options.horizontalLine(report.requirements().p99SloMs(), "SLO", "#d33");
        }
        ApexChart chart = new ApexChart(options);
        chart.setId("compare-p99-load");
        return chart;
    }

    /**
     * A run's load as its point's label: "c64" (64 connections, users or threads), "1,000 req/s" (the rate an
     * open-loop tool was asked for), both where both are known, "(stated)" where the uploader gave it; null unknown.
     */
    private String loadLabel(ChartData.RunLoad load) {
        String concurrency = load.concurrency() == null ? null : "c" + Figures.number(load.concurrency());
        String rate = load.rate() == null ? null : Figures.withUnit(load.rate(), "req/s");
        String text = concurrency == null ? rate : rate == null ? concurrency : concurrency + " · " + rate;
        return text == null || !load.stated() ? text : getTranslation("compare.load.stated", text);
    }

    /** Latency over time of one run that has per-request timestamps. */
    private Div runOverTime() {
        Div section = fullWidth(new Div(new H3(getTranslation("compare.over-time.title"))));
        Map<String, List<SecondBucket>> runs = new LinkedHashMap<>();
        for (ChartData.CandidateCharts c : chartData.candidates()) {
            for (ChartData.RunSeries run : c.runs()) {
                runs.put(c.candidate() + " · " + run.source().fileName() + (run.label() == null ? "" : " · " + run.label())
                        + " #" + run.runId(), run.perSecond());
            }
        }
        if (runs.isEmpty()) {
            section.add(new Paragraph(getTranslation("compare.over-time.none")));
            return section;
        }
        Select<String> pick = new Select<>();
        pick.setLabel(getTranslation("compare.over-time.run"));
        pick.setItems(runs.keySet());
        ApexChart chart = new ApexChart(overTime(runs.values().iterator().next()));
        chart.setId("compare-over-time");
        pick.setValue(runs.keySet().iterator().next());
        pick.addValueChangeListener(e -> chart.setOptions(overTime(runs.get(e.getValue()))));
        section.add(pick, chart);
        return section;
    }

    private ChartOptions overTime(List<SecondBucket> buckets) {
        return ChartOptions.of(ChartType.LINE).title(getTranslation("compare.per-second.title"))
                .numericX(getTranslation("compare.per-second.axis"), "s")
                .yAxis(getTranslation("compare.axis.latency"), "ms").series(List.of(
                        Series.xy(getTranslation("compare.series.mean"), buckets.stream().map(b -> new Series.XY(b.second(), b.meanMs())).toList()),
                        Series.xy(getTranslation("compare.series.max"), buckets.stream().map(b -> new Series.XY(b.second(), b.maxMs())).toList())));
    }

    private Div regressions() {
        Div section = fullWidth(new Div(new H3(getTranslation("compare.regressions.title"))));
        section.setId("regressions");
        section.add(new Paragraph(getTranslation("compare.regressions.method", Figures.number(report.settings().alpha()),
                Figures.number(report.settings().practicalThresholdPercent()))));
        showRegressions(report.regressions());
        regressionTable.setWidthFull();
        List<String> names = report.candidates().stream().map(CandidateReport::candidate).toList();
        Select<String> baseline = new Select<>();
        baseline.setId("compare-baseline");
        baseline.setLabel(getTranslation("compare.baseline"));
        baseline.setItems(names);
        Select<String> candidate = new Select<>();
        candidate.setId("compare-candidate");
        candidate.setLabel(getTranslation("compare.candidate"));
        candidate.setItems(names);
        Paragraph error = new Paragraph();
        Button compare = new Button(getTranslation("compare.compare"), click -> {
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
        regressionTable.add(RegressionTable.of(rows, getLocale(), grid -> dev.benchboard.ui.tracking.AcceptColumn.addTo(grid,
                evaluation.id(), acknowledgements)));
    }

}
