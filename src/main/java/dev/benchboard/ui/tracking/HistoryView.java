package dev.benchboard.ui.tracking;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.report.CandidateReport;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.ReportService;
import dev.benchboard.report.UploadFigures;
import dev.benchboard.tracking.History;
import dev.benchboard.tracking.MetricHistory;
import dev.benchboard.format.Figures;
import dev.benchboard.ui.chart.ApexChart;
import dev.benchboard.ui.chart.ChartOptions;
import dev.benchboard.ui.chart.ChartType;
import dev.benchboard.ui.chart.Series;
import dev.benchboard.ui.report.ReportPage;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.task.TaskExecutor;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A candidate's metrics over its uploads: one chart per series (load condition or benchmark, and metric)
 * with each upload's value, its interval's ends (dashed) where there is one, the baseline uploads and the change
 * points marked; below each chart the change points in words. Hovering a point names its upload's label
 * and file. Every string from data reaches the chart through ChartText's escaping (ApexChart).
 */
@PermitAll
@Route("evaluations/:id/history")
public class HistoryView extends ReportPage {

    private static final String CHANGE_COLOR = "#d9480f";
    private static final String BASELINE_COLOR = "#868e96";

    private final History history;
    private final Div charts = new Div();

    public HistoryView(EvaluationService evaluations, ReportService reports, TaskExecutor executor, History history) {
        super(evaluations, reports, executor);
        this.history = history;
    }

    @Override
    protected String section() {
        return getTranslation("tracking.history.section");
    }

    @Override
    protected void render(EvaluationReport report) {
        List<String> names = report.candidates().stream().map(CandidateReport::candidate).toList();
        if (names.isEmpty()) {
            add(new Paragraph(getTranslation("tracking.history.none")));
            return;
        }
        add(new Paragraph(getTranslation("tracking.history.intro", Figures.count(UploadFigures.MIN_RUNS_FOR_CHANGE_POINTS))));
        Select<String> candidate = new Select<>();
        candidate.setId("history-candidate");
        candidate.setLabel(getTranslation("tracking.history.candidate"));
        candidate.setItems(names);
        candidate.addValueChangeListener(e -> show(e.getValue()));
        add(candidate, fullWidth(charts));
        candidate.setValue(names.getFirst());
    }

    private void show(String candidate) {
        charts.removeAll();
        if (candidate == null) return;
        for (UploadFigures.SeriesKey key : history.series(evaluation.id(), candidate)) {
            MetricHistory h = history.history(evaluation.id(), candidate, key.metric(), key.benchmark(), History.ORDER_UPLOAD);
            charts.add(card(h));
        }
    }

    private Div card(MetricHistory h) {
        // ReportPage's card: full width and no wider (with setWidthFull alone the page scrolled sideways).
        Div card = card(new H3(h.words().title().in(getLocale())));
        card.addClassName("bb-history");
        card.getElement().setAttribute("data-series", h.benchmark() + " / " + h.metric());
        List<String> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> lows = new ArrayList<>();
        List<Double> highs = new ArrayList<>();
        for (int i = 0; i < h.points().size(); i++) {
            MetricHistory.Point p = h.points().get(i);
            String category = "#" + (i + 1) + (p.label() == null ? "" : " · " + p.label()) + " · " + p.fileName();
            categories.add(category);
            values.add(p.value());
            lows.add(p.ciLow());
            highs.add(p.ciHigh());
        }
        String metric = h.words().metric().in(getLocale());
        ChartOptions options = ChartOptions.of(ChartType.LINE).height(280).categories(categories)
                .yAxis(metric, h.words().unit().in(getLocale()))
                .addSeries(Series.values(metric, values).as(ChartType.LINE));
        // The interval's ends as dashed lines beside the values (a line and range bars in one category chart
        // is not a combination ApexCharts draws reliably); points without an interval leave gaps.
        String intervalLow = getTranslation("tracking.history.series.interval-low");
        String intervalHigh = getTranslation("tracking.history.series.interval-high");
        String baseline = getTranslation("tracking.history.series.baseline");
        String changePoint = getTranslation("tracking.history.series.change-point");
        boolean intervals = lows.stream().anyMatch(java.util.Objects::nonNull);
        if (intervals) {
            options.addSeries(Series.values(intervalLow, lows).as(ChartType.LINE));
            options.addSeries(Series.values(intervalHigh, highs).as(ChartType.LINE));
        }
        // The baseline uploads and the change points as series of their own over the same categories (markers
        // where they apply, gaps elsewhere): category x-axis annotations were not drawn by ApexCharts here.
        List<Double> baselineValues = new ArrayList<>();
        List<Double> changeValues = new ArrayList<>();
        java.util.Set<Integer> changeIndices = new java.util.HashSet<>();
        h.changePoints().forEach(c -> changeIndices.add(c.index()));
        for (int i = 0; i < h.points().size(); i++) {
            baselineValues.add(h.points().get(i).baseline() ? h.points().get(i).value() : null);
            changeValues.add(changeIndices.contains(i) ? h.points().get(i).value() : null);
        }
        if (baselineValues.stream().anyMatch(java.util.Objects::nonNull)) {
            options.addSeries(Series.values(baseline, baselineValues).as(ChartType.LINE));
        }
        if (!changeIndices.isEmpty()) options.addSeries(Series.values(changePoint, changeValues).as(ChartType.LINE));
        ObjectNode json = options.toJson();
        ArrayNode sizes = json.withObjectProperty("markers").putArray("size");
        ArrayNode dashes = json.withObjectProperty("stroke").putArray("dashArray");
        ArrayNode colors = json.putArray("colors");
        for (Series series : options.series()) {
            boolean change = series.name().equals(changePoint);
            boolean interval = series.name().equals(intervalLow) || series.name().equals(intervalHigh);
            sizes.add(change ? 9 : interval ? 0 : 5);
            dashes.add(interval ? 4 : 0);
            colors.add(change ? CHANGE_COLOR : series.name().equals(baseline) ? BASELINE_COLOR : interval ? "#74c0fc" : "#1c7ed6");
        }
        json.withObjectProperty("xaxis").withObjectProperty("labels").put("show", false);
        UnorderedList words = new UnorderedList();
        words.addClassName("bb-change-points");
        for (MetricHistory.ChangePointMark c : h.changePoints()) {
            MetricHistory.Point p = h.points().get(c.index());
            String shift = (c.shiftPercent() > 0 ? "+" : "") + Figures.precise(c.shiftPercent()) + " %";
            String upload = "#" + (c.index() + 1) + (p.label() == null ? "" : getTranslation("tracking.history.upload-label", p.label()));
            words.add(new ListItem(getTranslation("tracking.history.change-point", upload, p.fileName(), shift,
                    Figures.precise(c.pValue()))));
        }
        ApexChart chart = new ApexChart(options);
        chart.setOptions(options, json, (ArrayNode) json.get("series"));
        chart.setWidthFull();
        card.add(chart);
        if (h.changePoints().isEmpty()) {
            Paragraph none = new Paragraph(h.note() != null ? h.note().in(getLocale()) : getTranslation("tracking.history.no-change-point"));
            none.addClassName("bb-change-points");
            card.add(none);
        } else {
            card.add(words);
        }
        return card;
    }
}
