package dev.benchboard.ingest.format.structured;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.Problem;

/**
 * A row that cannot be used, carrying the problem for the upload summary. Stackless: rows with
 * problems can be many in a bad file, and the stack trace would tell the user nothing.
 */
final class RowException extends Exception {

    private final transient Problem problem;

    RowException(Problem problem) {
        super(problem.message().english(), null, false, false);
        this.problem = problem;
    }

    /** Found is the file's value as written (or null). */
    RowException(long line, String field, Sentence expected, String found) {
        this(new Problem(line, null, field, expected, found));
    }

    /** Found in our words ("none") or as {@link Problem#data(String)}. */
    RowException(long line, String field, Sentence expected, Sentence found) {
        this(new Problem(line, null, field, expected, found));
    }

    Problem problem() {
        return problem;
    }
}
