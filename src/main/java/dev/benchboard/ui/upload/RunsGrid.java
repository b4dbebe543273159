package dev.benchboard.ui.upload;

import com.vaadin.flow.component.grid.Grid;
import dev.benchboard.evidence.RunSummary;
import dev.benchboard.ui.Format;
import java.util.List;

/**
 * The runs one file produced, as the upload preview and the upload's page list them: concurrency (the
 * capacity sweep's x), requests, errors, throughput, P50/P99 and where the latencies come from.
 */
final class RunsGrid {

    /** More rows than a person reads in a preview; the upload's page lists them all. */
    static final int PREVIEW_ROWS = 50;

    private RunsGrid() {
    }

    static Grid<RunSummary> of(List<RunSummary> runs, int maxRows) {
        Grid<RunSummary> grid = new Grid<>();
        grid.addColumn(r -> r.label() == null ? "run " + (r.ordinal() + 1) : r.label()).setHeader("Run").setAutoWidth(true);
        grid.addColumn(r -> measured(r.concurrency(), null)).setHeader("Concurrency").setAutoWidth(true);
        grid.addColumn(r -> r.requests() == null ? "–" : String.valueOf(r.requests())).setHeader("Requests").setAutoWidth(true);
        grid.addColumn(r -> r.errors() == null ? "–" : String.valueOf(r.errors())).setHeader("Errors").setAutoWidth(true);
        grid.addColumn(r -> measured(r.throughputRps(), "req/s")).setHeader("Throughput").setAutoWidth(true);
        grid.addColumn(r -> measured(r.p50Ms(), "ms")).setHeader("P50").setAutoWidth(true);
        grid.addColumn(r -> measured(r.p99Ms(), "ms")).setHeader("P99").setAutoWidth(true);
        // Auto width: the closed-loop (coordinated omission) caveat must not be cut off.
        grid.addColumn(r -> r.latencyOrigin() + (r.coordinatedOmission() ? " · closed-loop (CO warning)" : ""))
                .setHeader("Latency origin").setAutoWidth(true);
        grid.setItems(runs.size() > maxRows ? runs.subList(0, maxRows) : runs);
        grid.setAllRowsVisible(Math.min(runs.size(), maxRows) <= 30);
        return grid;
    }

    /** A figure the file did not have (a Go benchmark sample has no throughput) is absent, not "not set". */
    private static String measured(Double value, String unit) {
        return value == null ? "–" : Format.number(value, unit);
    }
}
