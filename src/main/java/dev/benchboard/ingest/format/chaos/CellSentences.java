package dev.benchboard.ingest.format.chaos;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.CsvTable;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;

/**
 * {@link CsvTable#requireRecords} with the whole expected text as one sentence ("at least one probe row after the
 * header"), so that each language can word it as a whole rather than around a noun. Used by the chaos and Locust
 * CSV importers.
 */
public final class CellSentences {

    private CellSentences() {
    }

    /** A file without a usable record is refused, with its first row problem if any, else saying none was found. */
    public static void requireRecords(CsvTable csv, int usable, ImportContext context, String format, Sentence expected)
            throws ImportException {
        if (usable > 0) return;
        if (!context.problems().isEmpty()) throw ImportException.of(format, context.problems().getFirst());
        throw ImportException.at(format, csv.headerLine() + 1, expected, Sentence.of("ingest.chaos.found.none"));
    }
}
