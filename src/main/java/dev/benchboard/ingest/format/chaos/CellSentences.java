package dev.benchboard.ingest.format.chaos;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.CsvRecord;
import dev.benchboard.ingest.format.fields.CsvTable;
import dev.benchboard.ingest.format.fields.Numbers;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.Problem;

/**
 * {@link CsvRecord}'s checks with what was expected as a {@link Sentence}, so that a refused row reads in the
 * reader's language: {@code CsvRecord} and {@code CsvTable} still take English text for it. The checks are theirs
 * (the same values pass and fail); only the words of the problem are ours. Used by the chaos and Locust importers.
 */
public final class CellSentences {

    private CellSentences() {
    }

    /** A problem at the cell: its line, 1-based column and header name, as {@link CsvRecord#problem} places it. */
    public static RowProblem problem(CsvRecord row, int column, Sentence expected, Sentence found) {
        Problem at = row.problem(column, "", (String) null).problem();
        return new RowProblem(at.line(), at.column(), at.field(), expected, found);
    }

    /** As {@link #problem(CsvRecord, int, Sentence, Sentence)}, found being the cell as written (or null). */
    public static RowProblem problem(CsvRecord row, int column, Sentence expected, String found) {
        return problem(row, column, expected, Problem.data(found));
    }

    /** {@link CsvRecord#number}: a required number within [min, max]; {@code what} names it ("a request count"). */
    public static double number(CsvRecord row, int column, double min, double max, Sentence what) throws RowProblem {
        try {
            return row.number(column, min, max, "");
        } catch (RowProblem p) {
            throw inRange(row, column, p, what, min, max);
        }
    }

    /** {@link CsvRecord#optionalNumber}: null for a blank cell. */
    public static Double optionalNumber(CsvRecord row, int column, double min, double max, Sentence what) throws RowProblem {
        try {
            return row.optionalNumber(column, min, max, "");
        } catch (RowProblem p) {
            throw inRange(row, column, p, what, min, max);
        }
    }

    /** {@link CsvRecord#requiredText}: a cell that must be present. */
    public static String requiredText(CsvRecord row, int column, Sentence expected) throws RowProblem {
        try {
            return row.requiredText(column, "");
        } catch (RowProblem p) {
            throw problem(row, column, expected, found(row, column, p));
        }
    }

    /** {@link CsvTable#requireRecords}: a file without a usable record is refused, with its first row problem if any. */
    public static void requireRecords(CsvTable csv, int usable, ImportContext context, String format, Sentence expected)
            throws ImportException {
        if (usable > 0) return;
        if (!context.problems().isEmpty()) throw ImportException.of(format, context.problems().getFirst());
        throw ImportException.at(format, csv.headerLine() + 1, expected, Sentence.of("ingest.chaos.found.none"));
    }

    private static RowProblem inRange(CsvRecord row, int column, RowProblem p, Sentence what, double min, double max) {
        Sentence expected = Sentence.of("ingest.chaos.expected.in-range", what, Numbers.plain(min), Numbers.plain(max));
        return problem(row, column, expected, found(row, column, p));
    }

    /** What the cell held: our words for an empty cell, else what {@link CsvRecord} said (the cell, or a short row). */
    private static Sentence found(CsvRecord row, int column, RowProblem p) {
        boolean empty = column >= 0 && column < row.size() && row.text(column) == null;
        return empty ? Sentence.of("ingest.chaos.found.empty-cell") : p.problem().found();
    }
}
