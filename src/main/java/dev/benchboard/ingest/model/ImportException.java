package dev.benchboard.ingest.model;

import dev.benchboard.format.Sentence;

/**
 * The file cannot be read as the given format. Carries what the API returns with 422: format, line, column (or
 * field), what was expected and what was found. The message, "line 12, column 3 (field): expected X (format), found
 * Y", is kept as a {@link Sentence} ({@link #sentence()}) so the upload page writes it in the reader's language;
 * {@link #getMessage()} is its English, as the API and the logs have always read it.
 */
public class ImportException extends Exception {

    private final String format;
    private final long line;
    private final Integer column;
    private final String field;
    private final Sentence expected;
    private final Sentence found;
    private final transient Sentence sentence;

    /** Expected and found as English text (found: the file's value as written); both read verbatim. */
    public ImportException(String format, long line, Integer column, String field, String expected, String found) {
        this(format, line, column, field, Sentence.verbatim(expected), Problem.data(found));
    }

    /** Found is the file's own value as written (or null). */
    public ImportException(String format, long line, Integer column, String field, Sentence expected, String found) {
        this(format, line, column, field, expected, Problem.data(found));
    }

    /** Nothing to show as found. */
    public ImportException(String format, long line, Integer column, String field, Sentence expected) {
        this(format, line, column, field, expected, (Sentence) null);
    }

    /** Found in our words ("nothing", "an empty file") or the file's value ({@link Problem#data(String)}). */
    public ImportException(String format, long line, Integer column, String field, Sentence expected, Sentence found) {
        this(format, line, column, field, expected, found, frame(format, line, column, field, expected, found));
    }

    private ImportException(String format, long line, Integer column, String field, Sentence expected, Sentence found,
                            Sentence sentence) {
        super(sentence.english());
        this.format = format;
        this.line = line;
        this.column = column;
        this.field = field;
        this.expected = expected;
        this.found = found;
        this.sentence = sentence;
    }

    public static ImportException at(String format, long line, String expected, String found) {
        return new ImportException(format, line, null, null, expected, found);
    }

    public static ImportException at(String format, long line, Sentence expected, String found) {
        return new ImportException(format, line, null, null, expected, found);
    }

    public static ImportException at(String format, long line, Sentence expected, Sentence found) {
        return new ImportException(format, line, null, null, expected, found);
    }

    public static ImportException at(String format, long line, Sentence expected) {
        return new ImportException(format, line, null, null, expected);
    }

    public static ImportException of(String format, Problem p) {
        return new ImportException(format, p.line(), p.column(), p.field(), p.expected(), p.found());
    }

    private static Sentence frame(String format, long line, Integer column, String field, Sentence expected, Sentence found) {
        Sentence what = found == null ? Sentence.of("ingest.frame.expected", expected, format)
                : Sentence.of("ingest.frame.expected-found", expected, format, found);
        Sentence where = ProblemPlace.inFile(line, column, field);
        return where == null ? what : Sentence.of("ingest.frame.at", where, what);
    }

    /** The message in the reader's language ({@link #getMessage()} is its English). */
    public Sentence sentence() { return sentence; }

    public String format() { return format; }
    public long line() { return line; }
    public Integer column() { return column; }
    public String field() { return field; }
    public Sentence expected() { return expected; }
    public Sentence found() { return found; }
}
