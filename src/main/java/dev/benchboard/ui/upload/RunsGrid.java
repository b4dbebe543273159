package dev.benchboard.ui.upload;

import com.vaadin.flow.component.grid.Grid;
import dev.benchboard.evidence.RunSummary;
import dev.benchboard.format.Figures;
import dev.benchboard.format.Words;
import dev.benchboard.report.LoadGenerator;
import dev.benchboard.evidence.RunSummary;
import dev.benchboard.ui.Grids;
import java.util.List;
import java.util.Locale;

/**
 * The runs one file produced, as the upload preview and the upload's page list them: concurrency (the
 * capacity sweep's x), requests, errors, throughput, P50/P99 and where the latencies come from.
 */
final class RunsGrid {

    /** More rows than a person reads in a preview; the upload's page lists them all. */
    static final int PREVIEW_ROWS = 50;

    private RunsGrid() {
    }

    /**
     * The runs of one upload; {@code format} (the upload's, e.g. "wrk") says how its tool stands to
     * coordinated omission (statistics.md, per tool): wrk corrects it itself, hey does not.
     */
    static Grid<RunSummary> of(List<RunSummary> runs, int maxRows, String format) {
        Grid<RunSummary> grid = new Grid<>();
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        grid.addColumn(r -> r.label() == null ? grid.getTranslation("upload.runs.run-n", Figures.count(r.ordinal() + 1)) : r.label())
                .setHeader(grid.getTranslation("upload.runs.run")).setAutoWidth(true);
        grid.addColumn(r -> measured(r.concurrency(), null)).setHeader(grid.getTranslation("upload.runs.concurrency")).setAutoWidth(true);
        grid.addColumn(r -> r.requests() == null ? Figures.NONE : Figures.count(r.requests()))
                .setHeader(grid.getTranslation("upload.runs.requests")).setAutoWidth(true);
        grid.addColumn(r -> r.errors() == null ? Figures.NONE : Figures.count(r.errors()))
                .setHeader(grid.getTranslation("upload.runs.errors")).setAutoWidth(true);
        grid.addColumn(r -> measured(r.throughputRps(), "req/s")).setHeader(grid.getTranslation("upload.runs.throughput")).setAutoWidth(true);
        grid.addColumn(r -> measured(r.p50Ms(), "ms")).setHeader("P50").setAutoWidth(true);
        grid.addColumn(r -> measured(r.p99Ms(), "ms")).setHeader("P99").setAutoWidth(true);
        // Auto width: the coordinated-omission caveat must not be cut off.
        grid.addColumn(r -> Words.of(r.latencyOrigin(), locale) + coordinatedOmission(r, format, locale))
                .setHeader(grid.getTranslation("upload.runs.latency-origin")).setAutoWidth(true);
        grid.getColumns().forEach(c -> c.setSortable(true));
        Grids.readable(grid);
        grid.setItems(runs.size() > maxRows ? runs.subList(0, maxRows) : runs);
        grid.setAllRowsVisible(Math.min(runs.size(), maxRows) <= 30);
        return grid;
    }

    /**
     * How the run's tool stands to coordinated omission, per tool; nothing for a file that is no load
     * test (a Go benchmark) or whose tool is not known to be open-loop.
     */
    private static String coordinatedOmission(RunSummary r, String format, Locale locale) {
        LoadGenerator tool = LoadGenerator.of(format, r.coordinatedOmission());
        // A format no tool is known for gets the generic generator, the same as no format at all.
        boolean unknown = tool.name().equals(LoadGenerator.of(null, r.coordinatedOmission()).name());
        if (unknown && !r.coordinatedOmission()) return "";
        return " · " + Words.of(tool.coordinatedOmission(), locale);
    }

    /** A figure the file did not have (a Go benchmark sample has no throughput) is absent, not "not set". */
    private static String measured(Double value, String unit) {
        return value == null ? Figures.NONE : Figures.withUnit(value, unit);
    }
}
