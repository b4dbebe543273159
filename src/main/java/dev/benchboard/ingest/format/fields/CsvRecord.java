package dev.benchboard.ingest.format.fields;

import dev.benchboard.ingest.model.Problem;
import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.source.Text;
import java.util.List;

/**
 * One CSV record. Accessors take a column position from {@link CsvTable} and report a bad value as a
 * {@link RowProblem} naming the line, the 1-based column, the header's field name and what was expected.
 */
public final class CsvRecord {

    private final List<String> fields;
    private final List<String> header;
    private final long line;

    CsvRecord(List<String> fields, List<String> header, long line) {
        this.fields = fields;
        this.header = header;
        this.line = line;
    }

    public long line() {
        return line;
    }

    public int size() {
        return fields.size();
    }

    /** The stripped cell, or null when the column is absent, the row is short or the cell is blank. */
    public String text(int column) {
        if (column < 0 || column >= fields.size()) return null;
        String value = fields.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    /** A cell that must be present. */
    public String requiredText(int column, String expected) throws RowProblem {
        return requiredText(column, Sentence.verbatim(expected));
    }

    /** A cell that must be present; {@code expected} says what it holds in the reader's language. */
    public String requiredText(int column, Sentence expected) throws RowProblem {
        String value = text(column);
        if (value == null) throw problem(column, expected, missing(column));
        return value;
    }

    /**
     * A name-like cell (fault type, component): optional, but never a spreadsheet formula, since it is
     * shown and exported again.
     */
    public String name(int column) throws RowProblem {
        String value = text(column);
        if (value != null && Text.looksLikeFormula(value)) {
            throw problem(column, Sentence.of("ingest.fields.plain-name"), Text.quote(value));
        }
        return value;
    }

    /** A required finite number within [min, max]. */
    public double number(int column, double min, double max, String what) throws RowProblem {
        return number(column, min, max, Sentence.verbatim(what));
    }

    /** A required finite number within [min, max]; {@code what} says what it is ("an MTBF in hours"). */
    public double number(int column, double min, double max, Sentence what) throws RowProblem {
        Double value = optionalNumber(column, min, max, what);
        if (value == null) throw problem(column, Numbers.inRange(what, min, max), missing(column));
        return value;
    }

    /** An optional finite number within [min, max]; blank is null, anything else invalid is a problem. */
    public Double optionalNumber(int column, double min, double max, String what) throws RowProblem {
        return optionalNumber(column, min, max, Sentence.verbatim(what));
    }

    /** As {@link #optionalNumber(int, double, double, String)}, saying what the number is in the reader's language. */
    public Double optionalNumber(int column, double min, double max, Sentence what) throws RowProblem {
        String cell = text(column);
        if (cell == null) return null;
        Double value = Numbers.decimal(cell);
        if (value == null || value < min || value > max) {
            throw problem(column, Numbers.inRange(what, min, max), Text.quote(cell));
        }
        return value;
    }

    public RowProblem problem(int column, String expected, String found) {
        return problem(column, Sentence.verbatim(expected), Problem.data(found));
    }

    /** A problem at this row's column; found is the cell as written ({@link Text#quote(String)}) or null. */
    public RowProblem problem(int column, Sentence expected, String found) {
        return problem(column, expected, Problem.data(found));
    }

    public RowProblem problem(int column, Sentence expected, Sentence found) {
        String field = column >= 0 && column < header.size() ? header.get(column).strip() : null;
        return new RowProblem(line, column >= 0 ? column + 1 : null, field, expected, found);
    }

    private Sentence missing(int column) {
        if (column >= fields.size()) {
            return Sentence.of("ingest.fields.short-row", String.valueOf(fields.size()), String.valueOf(header.size()));
        }
        return Sentence.of("ingest.fields.empty-cell");
    }
}
