package dev.benchboard.ingest.format.structured;

import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;

/** Small rules every importer of this package follows. */
final class Structured {

    static final String CLOSED_LOOP_UNKNOWN = "the file does not say whether the load generator was open-loop;"
            + " treated as closed-loop (coordinated omission: tails may be understated)";

    private Structured() {
    }

    /**
     * A file without a single usable record cannot be imported; the first row problem (if any) is the
     * most useful message, otherwise "no data rows".
     */
    static ImportException noValidRows(String format, ImportContext context, long lastLine) {
        if (!context.problems().isEmpty()) return ImportException.of(format, context.problems().getFirst());
        return ImportException.at(format, lastLine + 1, "at least one data row", "none");
    }
}
