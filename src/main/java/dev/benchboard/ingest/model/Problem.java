package dev.benchboard.ingest.model;

import dev.benchboard.format.Sentence;

/**
 * A row-level problem: where (line, column or field), what was expected and what was found. line/column are
 * 1-based; column may be null when the field name says enough. {@code expected} is a sentence of ours (written in
 * the reader's language); {@code found} is the data as it stands in the file (a verbatim sentence) or our words for
 * it ("nothing"), or null.
 */
public record Problem(long line, Integer column, String field, Sentence expected, Sentence found) {

    /** A problem whose expected and found are English text (found: the file's value as written); read verbatim. */
    public Problem(long line, Integer column, String field, String expected, String found) {
        this(line, column, field, Sentence.verbatim(expected), data(found));
    }

    /** A problem whose found is the file's own value as written (or null). */
    public Problem(long line, Integer column, String field, Sentence expected, String found) {
        this(line, column, field, expected, data(found));
    }

    /** A problem with nothing to show as found. */
    public Problem(long line, Integer column, String field, Sentence expected) {
        this(line, column, field, expected, (Sentence) null);
    }

    /** The file's own text as a sentence that reads the same in every language; null stays null. */
    public static Sentence data(String found) {
        return found == null ? null : Sentence.verbatim(found);
    }

    /** "line 12, column 3 (field): expected X, found Y" in the reader's language. */
    public Sentence message() {
        Sentence what = found == null ? Sentence.of("ingest.problem.expected", expected)
                : Sentence.of("ingest.problem.expected-found", expected, found);
        return Sentence.of("ingest.frame.at", ProblemPlace.ofRow(line, column, field), what);
    }
}
