package dev.benchboard.ui.report;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import dev.benchboard.report.RegressionRow;
import dev.benchboard.ui.Format;
import java.util.List;
import java.util.Locale;

/** Regression verdicts with their evidence: Δ%, raw and Holm-adjusted p, the verdict and why, n, method. */
final class RegressionTable {

    private RegressionTable() {
    }

    static Grid<RegressionRow> of(List<RegressionRow> rows, java.util.function.Consumer<Grid<RegressionRow>> more) {
        Grid<RegressionRow> grid = new Grid<>();
        grid.addClassName("bb-regressions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RegressionRow::benchmark).setHeader("Benchmark").setAutoWidth(true).setSortable(true);
        grid.addColumn(r -> r.metric() + (r.metric().equals(r.unit()) ? "" : " (" + r.unit() + ")")).setHeader("Metric")
                .setAutoWidth(true);
        grid.addColumn(r -> r.baseline() + ": " + Format.number(r.baselineValue(), r.unit())).setHeader("Baseline").setAutoWidth(true);
        grid.addColumn(r -> r.candidate() + ": " + Format.number(r.candidateValue(), r.unit())).setHeader("Candidate").setAutoWidth(true);
        grid.addColumn(r -> Double.isFinite(r.deltaPercent()) ? String.format(Locale.ROOT, "%+.1f %%", r.deltaPercent()) : "–").setHeader("Δ").setAutoWidth(true)
                .setSortable(true).setComparator(RegressionRow::deltaPercent);
        grid.addColumn(r -> p(r.p())).setHeader("p").setAutoWidth(true);
        grid.addColumn(r -> p(r.pAdjusted())).setHeader("p (Holm)").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span verdict = new Span(r.verdict());
            verdict.addClassName("bb-verdict-" + r.verdict().replace(' ', '-'));
            return verdict;
        }).setHeader("Verdict").setAutoWidth(true).setSortable(true).setComparator(RegressionRow::verdict);
        // Why it is (or is not) a verdict, in full next to it: an SRE must not have to hover to learn that
        // "insufficient" means one run a side, or how many runs would make a verdict possible.
        // A base width as well: beside the auto-width columns a flex-only column was squeezed to one letter.
        grid.addColumn(RegressionRow::reason).setHeader("Why").setWidth("24em").setFlexGrow(2);
        grid.addColumn(RegressionRow::n).setHeader("n").setAutoWidth(true);
        grid.addColumn(RegressionRow::method).setHeader("Method").setWidth("12em").setFlexGrow(1);
        // Every verdict names the files behind it: A = the baseline's uploads, B = the candidate's.
        grid.addComponentColumn(r -> Sources.sides(r.baselineSources(), r.candidateSources())).setHeader("From")
                .setAutoWidth(true);
        more.accept(grid);
        grid.setItems(rows);
        // The page scrolls, not the table: a sweep compared level by level gives three rows per level.
        // Only a very long table (many Go benchmarks) gets its own scrolling.
        grid.setAllRowsVisible(rows.size() <= 100);
        grid.setEmptyStateText("No comparison yet: mark uploads as baseline, or pick two candidates above.");
        return grid;
    }

    private static String p(Double p) {
        if (p == null) return "–";
        return p < 0.0001 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
    }
}
