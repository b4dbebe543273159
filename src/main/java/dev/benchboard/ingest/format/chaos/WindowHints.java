package dev.benchboard.ingest.format.chaos;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import java.time.Instant;

/**
 * The observation window the user typed into the upload form: hints {@code windowStart} and
 * {@code windowEnd}, ISO-8601 or epoch numbers like the files. A hint that cannot be read fails the
 * import (the user has to fix the form, not the file).
 */
public record WindowHints(Instant start, Instant end) {

    static final String START = "windowStart";
    static final String END = "windowEnd";

    public static WindowHints read(ImportContext context, String format) throws ImportException {
        Instant start = hint(context, START, format);
        Instant end = hint(context, END, format);
        if (start != null && end != null && !end.isAfter(start)) {
            throw new ImportException(format, 0, null, END, Sentence.of("ingest.chaos.window.expected.end-after-start",
                    start.toString()), end.toString());
        }
        return new WindowHints(start, end);
    }

    /**
     * The window once the end the form left open is taken from the data (first/last probe or outage):
     * a hint beyond the data's other end would make a window that ends before it starts, and with it a
     * negative observation time.
     */
    void requireOrdered(Instant start, Instant end, Sentence inferredFrom, String format) throws ImportException {
        if (!end.isBefore(start)) return;
        if (this.end != null && this.start == null) {
            throw new ImportException(format, 0, null, END, Sentence.of("ingest.chaos.window.expected.end", start.toString(),
                    inferredFrom), end.toString());
        }
        if (this.start != null && this.end == null) {
            throw new ImportException(format, 0, null, START, Sentence.of("ingest.chaos.window.expected.start", end.toString(),
                    inferredFrom), start.toString());
        }
        throw new ImportException(format, 0, null, null, Sentence.of("ingest.chaos.window.expected.ordered"),
                start + " – " + end);
    }

    private static Instant hint(ImportContext context, String name, String format) throws ImportException {
        String value = context.hint(name);
        if (value == null || value.isBlank()) return null;
        try {
            return new ChaosLogTimestamps(context).parse(value, 0, null, name);
        } catch (RowProblem p) {
            throw new ImportException(format, 0, null, name, p.problem().expected(), p.problem().found());
        }
    }
}
