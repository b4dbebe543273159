package dev.benchboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
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

    /**
     * A long text column (a reason, a method, warnings): takes the room left, at least {@code minWidth},
     * its text wrapped (class {@code bb-wrap}), and as a tooltip.
     */
    public static <T> Grid.Column<T> text(Grid<T> grid, ValueProvider<T, String> text, String header, String minWidth) {
        // A span of its own: the grid's cell keeps "nowrap", the span wraps inside it.
        return grid.addComponentColumn(row -> {
                    Span span = new Span(text.apply(row) == null ? "" : text.apply(row));
                    span.addClassName("bb-wrap");
                    return span;
                }).setHeader(Glossary.header(header, Languages.of(grid))).setWidth(minWidth).setFlexGrow(1).setResizable(true)
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
