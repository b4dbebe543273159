package dev.benchboard.ui.report;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import dev.benchboard.report.RegressionRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.benchboard.format.Figures;
import dev.benchboard.ui.Format;
import dev.benchboard.ui.Grids;
import java.util.List;

/** Regression verdicts with their evidence: Δ%, raw and Holm-adjusted p, the verdict and why, n, method. */
final class RegressionTable {

    private RegressionTable() {
    }

    static Grid<RegressionRow> of(List<RegressionRow> rows, java.util.function.Consumer<Grid<RegressionRow>> more) {
        Grid<RegressionRow> grid = new Grid<>();
        grid.addClassName("bb-regressions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        Grids.figure(grid, RegressionRow::benchmark, "Benchmark");
        Grids.figure(grid, r -> r.metric() + (r.metric().equals(r.unit()) ? "" : " (" + r.unit() + ")"), "Metric");
        Grids.figure(grid, r -> r.baseline() + ": " + Format.number(r.baselineValue(), r.unit()), "Baseline");
        Grids.figure(grid, r -> r.candidate() + ": " + Format.number(r.candidateValue(), r.unit()), "Candidate");
        Grids.figure(grid, r -> Figures.change(r.deltaPercent()), "Δ", RegressionRow::deltaPercent);
        Grids.figure(grid, r -> p(r, r.p()), "p", RegressionRow::p);
        Grids.figure(grid, r -> p(r, r.pAdjusted()), "p (Holm)", RegressionRow::pAdjusted);
        grid.addComponentColumn(r -> {
            Span verdict = new Span(r.verdict());
            verdict.addClassName("bb-verdict-" + r.verdict().replace(' ', '-'));
            return verdict;
        }).setHeader("Verdict").setAutoWidth(true).setFlexGrow(0).setSortable(true).setComparator(RegressionRow::verdict)
                .setTooltipGenerator(RegressionRow::reason);
        Grids.figure(grid, RegressionRow::n, "n");
        // Every verdict names the files behind it: A = the baseline's uploads, B = the candidate's.
        grid.addComponentColumn(r -> Sources.sides(r.baselineSources(), r.candidateSources())).setHeader("From")
                .setAutoWidth(true).setFlexGrow(1);
        more.accept(grid);
        // Why it is (or is not) a verdict, and the method, in full under each row: an SRE must not have to
        // hover to learn that "insufficient" means one run a side. As columns they sat off-screen at 1280 px.
        grid.setItemDetailsRenderer(new ComponentRenderer<>(r -> {
            Div why = new Div(new Span("Why: " + r.reason()), new Span(" · Method: " + r.method()));
            why.addClassNames("bb-regression-why", "bb-wrap");
            return why;
        }));
        grid.setDetailsVisibleOnClick(false);
        Grids.readable(grid);
        grid.setItems(rows);
        rows.forEach(r -> grid.setDetailsVisible(r, true));
        // The page scrolls, not the table: a sweep compared level by level gives three rows per level.
        // Only a very long table (many Go benchmarks) gets its own scrolling.
        grid.setAllRowsVisible(rows.size() <= 100);
        grid.setEmptyStateText("No comparison yet: mark uploads as baseline, or pick two candidates above.");
        return grid;
    }

    /**
     * A p-value ({@link Figures#pValue}); where the rank test could not run and the row carries the
     * within-run bootstrap instead, "bootstrap only": that interval is information, not a test.
     */
    private static String p(RegressionRow r, Double p) {
        if (p == null) return r.withinRun() != null ? "bootstrap only" : "–";
        return Figures.pValue(p);
    }
}
