package dev.benchboard.ingest.source;

import dev.benchboard.ingest.model.ImportException;

/**
 * Counts blank lines in a row and refuses a file at the first run longer than the limit: a result
 * file has a few blank lines between its sections, a decompression bomb of newlines has billions, and
 * reading them all (each skipped as foreign) took minutes of CPU.
 */
final class BlankRun {

    private final long max;
    private final String format;
    private long run;

    BlankRun(long max, String format) {
        this.max = max;
        this.format = format;
    }

    /** After each line: whether it was blank (empty or spaces and tabs), and its 1-based number. */
    void line(boolean blank, long lineNumber) throws ImportException {
        if (!blank) {
            run = 0;
        } else if (++run > max) {
            throw ImportException.at(format, lineNumber, "at most " + max + " blank lines in a row (the configured limit"
                    + " benchboard.ingest.max-blank-lines)", "more: this is not a result file");
        }
    }
}
