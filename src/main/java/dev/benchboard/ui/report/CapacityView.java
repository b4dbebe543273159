package dev.benchboard.ui.report;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.Requirements;
import dev.benchboard.report.CandidateReport;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.ReportService;
import dev.benchboard.stats.capacity.CapacityInputs;
import dev.benchboard.stats.capacity.CapacityPlan;
import dev.benchboard.stats.capacity.CapacityPlanner;
import dev.benchboard.stats.capacity.FitPoint;
import dev.benchboard.stats.capacity.SweepPoint;
import dev.benchboard.stats.capacity.UslFit;
import dev.benchboard.format.Figures;
import dev.benchboard.format.Sentence;
import dev.benchboard.ui.Grids;
import dev.benchboard.format.Words;
import dev.benchboard.ui.chart.ApexChart;
import dev.benchboard.ui.chart.ChartOptions;
import dev.benchboard.ui.chart.ChartType;
import dev.benchboard.ui.chart.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.task.TaskExecutor;

/**
 * The capacity planner: target load, P99 SLO, headroom, redundancy and price are editable and every
 * figure follows live; per candidate the USL curve over the measured sweep with N*, latency against
 * throughput with the SLO and the SLO-bound capacity, and the instance plan. Nothing is saved here;
 * the evaluation's requirements stay as they are.
 */
@PermitAll
@Route("evaluations/:id/capacity")
public class CapacityView extends ReportPage {

    private final NumberField target = field(getTranslation("capacity.target"), "req/s");
    private final NumberField slo = field("P99 SLO", "ms");
    private final NumberField headroom = field(getTranslation("capacity.headroom"), "%");
    private final IntegerField redundancy = new IntegerField(getTranslation("capacity.redundancy"));
    private final IntegerField cores = new IntegerField(getTranslation("capacity.cores"));
    private final IntegerField sweepCores = new IntegerField(getTranslation("capacity.sweep-cores"));
    private final NumberField price = field(getTranslation("capacity.price"), "$");
    private final Grid<Row> plans = new Grid<>();
    private final Map<String, ApexChart[]> charts = new LinkedHashMap<>();
    private final Map<String, List<SweepPoint>> sweeps = new LinkedHashMap<>();
    /** The cores each candidate's uploads say the sweep ran on; null when they do not. */
    private final Map<String, Integer> statedSweepCores = new LinkedHashMap<>();
    private final Map<String, Paragraph> sizeNotes = new LinkedHashMap<>();
    /** Each distinct warning once, with the short code the table's rows show (W1, W2 …). */
    private final Div warningLegend = new Div();
    private final Map<Sentence, String> warningCodes = new LinkedHashMap<>();
    /** Shown instead of the plan while an input is invalid, so a stale plan is never read as the new one. */
    private final Paragraph invalidInputs = new Paragraph();

    /** One candidate's plan for the table. */
    record Row(String candidate, CapacityPlan plan) {}

    public CapacityView(EvaluationService evaluations, ReportService reports, TaskExecutor executor) {
        super(evaluations, reports, executor);
    }

    @Override
    protected String section() {
        return "capacity";
    }

    @Override
    protected void render(EvaluationReport report) {
        for (CandidateReport c : report.candidates()) {
            if (c.capacity() != null) {
                sweeps.put(c.candidate(), c.capacity().sweep());
                statedSweepCores.put(c.candidate(), c.capacity().sweepCores());
            }
        }
        if (sweeps.isEmpty()) {
            add(new Paragraph(getTranslation("capacity.no-sweep")), uploadLink());
            return;
        }
        Requirements r = report.requirements();
        target.setValue(r.targetQps());
        slo.setValue(r.p99SloMs());
        headroom.setValue(r.headroomPercent() == null ? 0.0 : r.headroomPercent());
        redundancy.setValue(r.redundancy() == null ? 0 : r.redundancy());
        cores.setValue(r.instanceCores());
        price.setValue(r.costPerInstanceHour());
        target.setId("capacity-target");
        slo.setId("capacity-slo");
        cores.setId("capacity-cores");
        sweepCores.setId("capacity-sweep-cores");
        // The view checks the inputs itself (CapacityInputsCheck): the field's own min/max check would mark it red
        // without telling the plan, which kept showing the figures of the last valid inputs.
        for (var f : List.of(target, slo, headroom, price)) {
            f.setManualValidation(true);
            f.addValueChangeListener(e -> recompute());
        }
        for (var f : List.of(redundancy, cores, sweepCores)) f.setManualValidation(true);
        redundancy.addValueChangeListener(e -> recompute());
        cores.addValueChangeListener(e -> recompute());
        sweepCores.setHelperText(getTranslation("capacity.sweep-cores.helper"));
        sweepCores.setMin(1);
        sweepCores.addValueChangeListener(e -> recompute());
        FormLayout inputs = new FormLayout(target, slo, headroom, redundancy, cores, price, sweepCores);
        // Six columns only where their labels fit (next to the drawer at 1280 px they were cut off).
        inputs.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("700px", 3),
                new FormLayout.ResponsiveStep("1150px", 6));
        add(new Paragraph(getTranslation("capacity.intro")), inputs);
        add(new Paragraph(getTranslation("capacity.not-scaled")));
        invalidInputs.setId("capacity-invalid");
        invalidInputs.getStyle().set("color", "var(--lumo-error-text-color)");
        invalidInputs.setVisible(false);
        warningLegend.setId("capacity-warning-legend");
        add(invalidInputs, warningLegend);

        plans.setId("capacity-plans");
        // Utilisation, the USL parameters and the warnings are long: wrap them rather than cut them off.
        plans.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        plans.addColumn(Row::candidate).setHeader(getTranslation("capacity.plans.candidate")).setAutoWidth(true);
        plans.addColumn(row -> capacity(row.plan())).setHeader(getTranslation("capacity.plans.capacity")).setWidth("14em").setFlexGrow(2)
                .setTooltipGenerator(row -> capacity(row.plan()));
        plans.addColumn(row -> row.plan().instances() == null ? "–" : row.plan().instances().instances()
                + " (" + row.plan().instances().baseInstances() + " + " + row.plan().instances().redundancy() + ")")
                .setHeader(getTranslation("capacity.plans.instances")).setAutoWidth(true);
        plans.addColumn(row -> row.plan().instances() == null ? "–" : Figures.withUnit(row.plan().instances().utilisation() * 100, "%")
                + " → " + Figures.withUnit(row.plan().instances().utilisationAfterLoss() * 100, "%"))
                .setHeader(getTranslation("capacity.plans.utilisation")).setAutoWidth(true).setFlexGrow(0);
        plans.addColumn(row -> row.plan().instances() == null || row.plan().instances().monthlyCost() == null ? "–"
                : getTranslation("capacity.cost.value", Figures.withUnit(row.plan().instances().monthlyCost(), "$")))
                .setHeader(getTranslation("capacity.plans.cost")).setAutoWidth(true);
        plans.addComponentColumn(row -> lines(usl(row.plan().usl()))).setHeader(getTranslation("capacity.plans.usl"))
                .setAutoWidth(true).setFlexGrow(0);
        // Wraps within its width (the grid wraps cell content) rather than pushing Warnings out of view.
        plans.addColumn(row -> linearInCores(row.plan())).setHeader(getTranslation("capacity.plans.linear")).setWidth("14em")
                .setFlexGrow(1).setTooltipGenerator(row -> linearInCores(row.plan()));
        plans.addComponentColumn(this::warningCodes).setHeader(getTranslation("capacity.plans.warnings")).setAutoWidth(true).setFlexGrow(0);
        plans.getColumns().forEach(c -> c.setSortable(true));
        Grids.readable(plans);
        plans.setAllRowsVisible(true);
        add(plans);

        for (CandidateReport c : report.candidates()) {
            if (c.capacity() == null) continue;
            ApexChart uslChart = new ApexChart(ChartOptions.of(ChartType.LINE));
            ApexChart sloChart = new ApexChart(ChartOptions.of(ChartType.LINE));
            uslChart.addClassName("bb-usl-chart");
            charts.put(c.candidate(), new ApexChart[] {uslChart, sloChart});
            Div grid = new Div(uslChart, sloChart);
            grid.addClassName("bb-grid-2");
            Paragraph size = new Paragraph();
            size.addClassName("bb-instance-size");
            sizeNotes.put(c.candidate(), size);
            add(card(new H3(c.candidate()), Sources.of(c.capacity().sources()), size, grid));
        }
        recompute();
    }

    private void recompute() {
        Map<com.vaadin.flow.component.HasValidation, String> problems = CapacityInputsCheck.problems(
                target.getValue(), slo.getValue(), headroom.getValue(), redundancy.getValue(), cores.getValue(),
                price.getValue(), sweepCores.getValue(), target, slo, headroom, redundancy, cores, price, sweepCores);
        for (var f : List.<com.vaadin.flow.component.HasValidation>of(target, slo, headroom, redundancy, cores, price, sweepCores)) {
            f.setInvalid(problems.containsKey(f));
            f.setErrorMessage(problems.containsKey(f) ? getTranslation(problems.get(f)) : null);
        }
        invalidInputs.setVisible(!problems.isEmpty());
        if (!problems.isEmpty()) {
            // Cleared, not left standing: the figures of the last valid inputs would read as the answer to these.
            invalidInputs.setText(getTranslation("capacity.no-plan",
                    String.join("; ", problems.values().stream().map(this::getTranslation).toList())));
            plans.setItems(List.of());
            warningLegend.removeAll();
            sizeNotes.values().forEach(p -> p.setText(""));
            return;
        }
        List<Row> rows = new ArrayList<>();
        sweeps.forEach((candidate, sweep) -> {
            Integer stated = statedSweepCores.get(candidate);
            CapacityInputs inputs = new CapacityInputs(target.getValue(), slo.getValue(),
                    headroom.getValue() == null ? 0 : headroom.getValue(), redundancy.getValue() == null ? 0 : redundancy.getValue(),
                    cores.getValue(), price.getValue(), stated != null ? stated : sweepCores.getValue());
            CapacityPlan plan = CapacityPlanner.plan(sweep, inputs);
            sizeNotes.get(candidate).setText(Sentence.of("full-stop", plan.size().statement()).in(getLocale()));
            rows.add(new Row(candidate, plan));
            ApexChart[] pair = charts.get(candidate);
            pair[0].setOptions(uslChart(sweep, plan.usl()));
            pair[1].setOptions(sloChart(sweep, plan, inputs.p99SloMs()));
        });
        legend(rows);
        plans.setItems(rows);
    }

    /**
     * Every distinct warning once, numbered, above the table; a row shows only the codes (with the text as a
     * tooltip). The same "instance size" warning on every row read as noise; said once it is read.
     */
    private void legend(List<Row> rows) {
        warningCodes.clear();
        for (Row row : rows) {
            for (Sentence w : row.plan().warnings()) warningCodes.computeIfAbsent(w, k -> "W" + (warningCodes.size() + 1));
        }
        warningLegend.removeAll();
        if (warningCodes.isEmpty()) return;
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        warningCodes.forEach((text, code) -> {
            com.vaadin.flow.component.html.ListItem item = new com.vaadin.flow.component.html.ListItem(code + " — " + text.in(getLocale()));
            item.getElement().setAttribute("data-code", code);
            list.add(item);
        });
        list.addClassName("bb-warning-legend");
        warningLegend.add(new Span(getTranslation("capacity.warnings.legend")), list);
    }

    private Span warningCodes(Row row) {
        List<String> codes = row.plan().warnings().stream().map(warningCodes::get).toList();
        Span span = new Span(codes.isEmpty() ? "–" : "⚠ " + String.join(" ", codes));
        if (!codes.isEmpty()) {
            span.getStyle().set("color", "var(--lumo-warning-text-color, #7a5b00)");
            String all = String.join("\n", row.plan().warnings().stream().map(w -> warningCodes.get(w) + ": " + w.in(getLocale())).toList());
            span.getElement().setAttribute("title", all);
            com.vaadin.flow.component.shared.Tooltip.forComponent(span).setText(all);
        }
        span.addClassName("bb-warning-codes");
        return span;
    }

    /** The instance count if capacity grew linearly with cores, labelled: "4 at most … (× 8/2 cores)". */
    private String linearInCores(CapacityPlan plan) {
        var linear = plan.linearInCores();
        if (linear == null) {
            if (plan.size().sweepCores() == null) return getTranslation("capacity.linear.unknown-measured");
            if (plan.size().plannedCores() == null) return getTranslation("capacity.linear.no-planned");
            return plan.size().sameSize() ? getTranslation("capacity.linear.same") : "–";
        }
        return getTranslation("capacity.linear.value", counted(linear.instances(), getLocale(), "capacity.instance"),
                Figures.withUnit(linear.capacityPerInstanceQps(), "req/s"), String.valueOf(plan.size().plannedCores()),
                String.valueOf(plan.size().sweepCores()));
    }

    private ChartOptions uslChart(List<SweepPoint> sweep, UslFit usl) {
        List<Series> series = new ArrayList<>();
        series.add(Series.xy(getTranslation("capacity.series.measured"), sweep.stream().map(p -> new Series.XY(p.concurrency(), p.throughput())).toList())
                .as(ChartType.SCATTER));
        ChartOptions options = ChartOptions.of(ChartType.LINE).title(getTranslation("capacity.usl.title"))
                .numericX(getTranslation("capacity.axis.concurrency"), null).integerX().yAxis(getTranslation("capacity.axis.throughput"), "req/s");
        if (usl != null && usl.fitted()) {
            double maxN = Math.max(sweep.stream().mapToDouble(SweepPoint::concurrency).max().orElse(1),
                    usl.peakConcurrency() == null ? 0 : usl.peakConcurrency()) * 1.2;
            List<Series.XY> curve = new ArrayList<>();
            for (int i = 0; i <= 60; i++) {
                double n = 1 + (maxN - 1) * i / 60.0;
                curve.add(new Series.XY(n, usl.predict(n)));
            }
            series.add(Series.xy(getTranslation("capacity.series.usl-fit"), curve).as(ChartType.LINE));
            if (usl.peakConcurrency() != null) options.verticalLine(usl.peakConcurrency(), "N* ≈ " + Figures.number(usl.peakConcurrency()), "#a3a");
        } else {
            options.subtitle(usl == null ? getTranslation("capacity.usl.no-fit") : getTranslation("capacity.usl.no-usl-fit",
                    usl.warnings().isEmpty() ? Words.of(usl.status(), getLocale())
                            : Sentence.joined("joined.semicolon", usl.warnings()).in(getLocale())));
        }
        return options.series(series);
    }

    private ChartOptions sloChart(List<SweepPoint> sweep, CapacityPlan plan, Double sloMs) {
        // Each point labelled with the concurrency it was measured at ("c64"): a line in concurrency order
        // turned back on itself past the throughput peak, so the line joins the points left to right and
        // the labels tell the order in which the load rose.
        List<Series.XY> points = sweep.stream().filter(p -> p.p99Ms() != null)
                .map(p -> new Series.XY(p.throughput(), p.p99Ms(), "c" + Figures.number(p.concurrency())))
                .toList();
        List<Series> series = new ArrayList<>();
        series.add(Series.xy(getTranslation("capacity.series.measured-labelled"), points).as(ChartType.SCATTER));
        List<FitPoint> fit = plan.sloCapacity() == null ? List.of() : plan.sloCapacity().fit();
        if (fit.isEmpty()) {
            series.add(Series.xy(getTranslation("capacity.series.joined"), points.stream().map(p -> new Series.XY(p.x(), p.y())).toList()));
        } else {
            // The monotone fit the SLO is read from, at each point's throughput, in concurrency order.
            series.add(Series.xy(getTranslation("capacity.series.monotone-fit"), fit.stream().map(p -> new Series.XY(p.throughput(), p.fittedP99Ms())).toList()));
            List<Series.XY> disagreeing = fit.stream().filter(FitPoint::disagrees)
                    .map(p -> new Series.XY(p.throughput(), p.measuredP99Ms())).toList();
            if (!disagreeing.isEmpty()) series.add(Series.xy(getTranslation("capacity.series.disagrees"), disagreeing).as(ChartType.SCATTER));
        }
        ChartOptions options = ChartOptions.of(ChartType.LINE).title(getTranslation("capacity.slo-chart.title"))
                .numericX(getTranslation("capacity.axis.throughput"), "req/s").yAxis("P99", "ms").series(series);
        if (sloMs != null) options.horizontalLine(sloMs, "SLO " + Figures.withUnit(sloMs, "ms"), "#d33");
        if (plan.sloCapacity() != null && plan.sloCapacity().capacityQps() != null) {
            options.verticalLine(plan.sloCapacity().capacityQps(), getTranslation("capacity.slo-capacity"), "#2a7");
        }
        return options;
    }

    private String capacity(CapacityPlan plan) {
        if (plan.sloCapacity() == null) return getTranslation("capacity.set-slo");
        var s = plan.sloCapacity();
        String value = s.capacityQps() == null ? getTranslation("capacity.below-range") : Figures.withUnit(s.capacityQps(), "req/s");
        return value + " · " + Words.of(s.status(), getLocale())
                + (s.extrapolationNeeded() ? getTranslation("capacity.extrapolation") : "");
    }

    private String usl(UslFit usl) {
        if (usl == null) return "–";
        if (!usl.fitted()) return Words.of(usl.status(), getLocale());
        return "λ " + Figures.withUnit(usl.lambda(), "req/s") + " · σ " + Figures.number(usl.sigma()) + " · κ " + Figures.number(usl.kappa())
                + "\nR² " + Figures.number(usl.rSquared()) + (usl.peakConcurrency() == null ? " · " + getTranslation("capacity.usl.no-peak")
                : "\nN* " + Figures.number(usl.peakConcurrency()) + " → " + Figures.withUnit(usl.peakThroughput(), "req/s"));
    }

    /** A grid cell that keeps the text's line breaks (one line per group of figures) instead of wrapping anywhere. */
    private static Span lines(String text) {
        Span span = new Span(text);
        span.getStyle().set("white-space", "pre-line");
        return span;
    }

    private static NumberField field(String label, String unit) {
        NumberField f = new NumberField(label);
        if (unit != null) f.setSuffixComponent(new Span(unit));
        return f;
    }
}
