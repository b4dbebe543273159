package dev.benchboard.ingest.format.structured;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;

/** Small rules every importer of this package follows. */
final class Structured {

    static final Sentence CLOSED_LOOP_UNKNOWN = Sentence.of("ingest.structured.warning.closed-loop-unknown");

    /** Our word for "nothing there" as a found value. */
    static final Sentence NONE = Sentence.of("ingest.structured.found.none");

    private Structured() {
    }

    /**
     * A file without a single usable record cannot be imported; the first row problem (if any) is the
     * most useful message, otherwise "no data rows".
     */
    static ImportException noValidRows(String format, ImportContext context, long lastLine) {
        if (!context.problems().isEmpty()) return ImportException.of(format, context.problems().getFirst());
        return ImportException.at(format, lastLine + 1, Sentence.of("ingest.structured.expected.data-row"), NONE);
    }
}
