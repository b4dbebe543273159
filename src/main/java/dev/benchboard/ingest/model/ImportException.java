package dev.benchboard.ingest.model;

/**
 * The file cannot be read as the given format. Carries what the API returns with 422:
 * format, line, column (or field), what was expected and what was found.
 */
public class ImportException extends Exception {

    private final String format;
    private final long line;
    private final Integer column;
    private final String field;
    private final String expected;
    private final String found;

    public ImportException(String format, long line, Integer column, String field, String expected, String found) {
        super(message(format, line, column, field, expected, found));
        this.format = format;
        this.line = line;
        this.column = column;
        this.field = field;
        this.expected = expected;
        this.found = found;
    }

    public static ImportException at(String format, long line, String expected, String found) {
        return new ImportException(format, line, null, null, expected, found);
    }

    public static ImportException of(String format, Problem p) {
        return new ImportException(format, p.line(), p.column(), p.field(), p.expected(), p.found());
    }

    private static String message(String format, long line, Integer column, String field, String expected, String found) {
        StringBuilder s = new StringBuilder();
        if (line > 0) s.append("line ").append(line);
        if (column != null) s.append(", column ").append(column);
        if (field != null) s.append(s.isEmpty() ? "" : " ").append('(').append(field).append(')');
        if (!s.isEmpty()) s.append(": ");
        s.append("expected ").append(expected).append(" (").append(format).append(')');
        if (found != null) s.append(", found ").append(found);
        return s.toString();
    }

    public String format() { return format; }
    public long line() { return line; }
    public Integer column() { return column; }
    public String field() { return field; }
    public String expected() { return expected; }
    public String found() { return found; }
}
