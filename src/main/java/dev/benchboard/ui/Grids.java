package dev.benchboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import dev.benchboard.ui.glossary.Glossary;
import dev.benchboard.ui.i18n.Languages;
import com.vaadin.flow.function.ValueProvider;
import java.util.Comparator;

/**
 * The one layout rule for Benchboard's tables (issue 14): short columns take the width of their
 * content (with a minimum), long text columns share the rest with a minimum width and wrap; any cell
 * that may still be cut off shows its full text as a tooltip; every column can be sorted and resized;
 * the cell text can be selected and copied ({@code .bb-grid} in styles.css).
 */
public final class Grids {

    private Grids() {
    }

    /** Applies the rule to a grid: class for selectable text and wrapped long columns, columns resizable. */
    public static <T> Grid<T> readable(Grid<T> grid) {
        grid.addClassName("bb-grid");
        grid.getColumns().forEach(c -> c.setResizable(true));
        return grid;
    }

    /**
     * A short column (a figure, a name, a count): as wide as its content, at least {@code 6em}, sortable
     * by its text unless a comparator is given later, its text as tooltip should the content not fit.
     */
    public static <T> Grid.Column<T> figure(Grid<T> grid, ValueProvider<T, String> text, String header) {
        return grid.addColumn(text).setHeader(Glossary.header(header, Languages.of(grid))).setAutoWidth(true).setFlexGrow(0).setResizable(true)
                .setSortable(true).setComparator(Comparator.comparing(text::apply, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setTooltipGenerator(tooltip(text));
    }

    /** A short column sorted by a value rather than its text (e.g. the number behind "5,288 req/s"). */
    public static <T, V extends Comparable<? super V>> Grid.Column<T> figure(Grid<T> grid, ValueProvider<T, String> text,
                                                                             String header, ValueProvider<T, V> sortBy) {
        return figure(grid, text, header).setComparator(Comparator.comparing(sortBy::apply, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /** A long text as the browser draws it in a cell: bound as text, wrapped by the class. */
    private static final String WRAPPED_TEXT = """
            <span class="bb-wrap">${item.text}</span>""";

    /**
     * A long text column (a reason, a method, warnings): takes the room left, at least {@code minWidth},
     * its text wrapped (class {@code bb-wrap}), and as a tooltip.
     */
    public static <T> Grid.Column<T> text(Grid<T> grid, ValueProvider<T, String> text, String header, String minWidth) {
        // A span of its own: the grid's cell keeps "nowrap", the span wraps inside it. Drawn by the browser from the
        // text (a Lit template binds it as text, never as markup), not a server component per row: 40 uploads made
        // 40 components to create, send and attach on every visit (issue 15).
        return grid.addColumn(LitRenderer.<T>of(WRAPPED_TEXT)
                        .withProperty("text", row -> text.apply(row) == null ? "" : text.apply(row)))
                .setHeader(Glossary.header(header, Languages.of(grid))).setWidth(minWidth).setFlexGrow(1).setResizable(true)
                .setSortable(true).setComparator(Comparator.comparing(text::apply, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setTooltipGenerator(tooltip(text));
    }

    private static <T> SerializableFunction<T, String> tooltip(ValueProvider<T, String> text) {
        return row -> {
            String value = text.apply(row);
            return value == null || value.isBlank() ? null : value;
        };
    }
}
