package dev.benchboard.ui.report;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import dev.benchboard.report.RegressionRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.benchboard.format.Figures;
import dev.benchboard.ui.Grids;
import java.util.List;

/** Regression verdicts with their evidence: Δ%, raw and Holm-adjusted p, the verdict and why, n, method. */
final class RegressionTable {

    private RegressionTable() {
    }

    static Grid<RegressionRow> of(List<RegressionRow> rows, java.util.Locale locale, java.util.function.Consumer<Grid<RegressionRow>> more) {
        Grid<RegressionRow> grid = new Grid<>();
        grid.addClassName("bb-regressions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // A static helper without a view at hand: the grid, a component, reads the UI's language.
        String bootstrapOnly = grid.getTranslation("compare.regressions.bootstrap-only");
        Grids.figure(grid, r -> r.words().benchmark().in(locale), grid.getTranslation("compare.regressions.benchmark"));
        Grids.figure(grid, r -> r.words().metric().in(locale) + (r.metric().equals(r.unit()) ? "" : " (" + r.unit() + ")"),
                grid.getTranslation("compare.regressions.metric"));
        Grids.figure(grid, r -> r.baseline().in(locale) + ": " + Figures.withUnit(r.baselineValue(), r.unit()), grid.getTranslation("compare.baseline"));
        Grids.figure(grid, r -> r.candidate() + ": " + Figures.withUnit(r.candidateValue(), r.unit()), grid.getTranslation("compare.candidate"));
        Grids.figure(grid, r -> Figures.change(r.deltaPercent()), "Δ", RegressionRow::deltaPercent);
        Grids.figure(grid, r -> p(r, r.p(), bootstrapOnly), "p", RegressionRow::p);
        Grids.figure(grid, r -> p(r, r.pAdjusted(), bootstrapOnly), grid.getTranslation("compare.regressions.p-holm"), RegressionRow::pAdjusted);
        grid.addComponentColumn(r -> {
            // The verdict is a code of the report ("not comparable"): its words per language, its class from the code.
            Span verdict = new Span(grid.getTranslation("compare.verdict." + r.verdict().replace(' ', '-')));
            verdict.addClassName("bb-verdict-" + r.verdict().replace(' ', '-'));
            return verdict;
        }).setHeader(grid.getTranslation("compare.regressions.verdict")).setAutoWidth(true).setFlexGrow(0).setSortable(true).setComparator(RegressionRow::verdict)
                .setTooltipGenerator(r -> r.reason().in(locale));
        Grids.figure(grid, RegressionRow::n, "n");
        // Every verdict names the files behind it: A = the baseline's uploads, B = the candidate's.
        grid.addComponentColumn(r -> Sources.sides(r.baselineSources(), r.candidateSources())).setHeader(grid.getTranslation("compare.regressions.from"))
                .setAutoWidth(true).setFlexGrow(1);
        more.accept(grid);
        // Why it is (or is not) a verdict, and the method, in full under each row: an SRE must not have to
        // hover to learn that "insufficient" means one run a side. As columns they sat off-screen at 1280 px.
        grid.setItemDetailsRenderer(new ComponentRenderer<>(r -> {
            Div why = new Div(new Span(grid.getTranslation("compare.regressions.why", r.reason().in(locale))),
                    new Span(" " + grid.getTranslation("compare.regressions.method-of", r.method().in(locale))));
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
        grid.setEmptyStateText(grid.getTranslation("compare.regressions.empty"));
        return grid;
    }

    /**
     * A p-value ({@link Figures#pValue}); where the rank test could not run and the row carries the
     * within-run bootstrap instead, "bootstrap only": that interval is information, not a test.
     */
    private static String p(RegressionRow r, Double p, String bootstrapOnly) {
        if (p == null) return r.withinRun() != null ? bootstrapOnly : "–";
        return Figures.pValue(p);
    }
}
