package dev.benchboard.ingest.format.fields;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.Problem;

/**
 * A record (CSV row, JSON item) that cannot be used. Thrown while reading one record so the importer
 * can reject it and go on with the next; carries the user-facing {@link Problem}.
 */
public final class RowProblem extends Exception {

    private final transient Problem problem;

    public RowProblem(Problem problem) {
        super(problem.message().english(), null, false, false);   // no stack trace: this is flow control per bad row
        this.problem = problem;
    }

    public RowProblem(long line, Integer column, String field, String expected, String found) {
        this(new Problem(line, column, field, expected, found));
    }

    public RowProblem(long line, Integer column, String field, Sentence expected, String found) {
        this(new Problem(line, column, field, expected, found));
    }

    public RowProblem(long line, Integer column, String field, Sentence expected, Sentence found) {
        this(new Problem(line, column, field, expected, found));
    }

    public RowProblem(long line, Integer column, String field, Sentence expected) {
        this(new Problem(line, column, field, expected));
    }

    public Problem problem() {
        return problem;
    }
}
