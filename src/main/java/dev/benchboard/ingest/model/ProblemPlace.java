package dev.benchboard.ingest.model;

import dev.benchboard.format.Sentence;

/** ProblemPlace in a file a problem is: "line 12, column 3 (field)" and its parts, in the reader's language. */
final class ProblemPlace {

    private ProblemPlace() {
    }

    /**
     * The place in a refused file, or null when nothing is known (line 0, no column, no field). Line and column are
     * written as the frame always wrote them (no grouping: "line 12345"), the field as the file names it.
     */
    static Sentence inFile(long line, Integer column, String field) {
        Sentence place = null;
        if (line > 0) place = line(line, column);
        else if (column != null) place = Sentence.of("ingest.frame.column", String.valueOf(column));
        return withField(place, field);
    }

    /** The place of a rejected row: always its line (a row has one), then column and field when known. */
    static Sentence ofRow(long line, Integer column, String field) {
        return withField(line(line, column), field);
    }

    private static Sentence line(long line, Integer column) {
        return column == null ? Sentence.of("ingest.frame.line", String.valueOf(line))
                : Sentence.of("ingest.frame.line-column", String.valueOf(line), String.valueOf(column));
    }

    private static Sentence withField(Sentence place, String field) {
        if (field == null) return place;
        return place == null ? Sentence.of("ingest.frame.field", field) : Sentence.of("ingest.frame.place-field", place, field);
    }
}
