package dev.benchboard.ingest.mapping;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.Problem;

/**
 * A column mapping that cannot be used: which field of it, what was expected, what was found. The message is kept
 * as a {@link Sentence} ({@link #sentence()}) for the reader's language; {@link #getMessage()} is its English.
 */
public final class MappingProblem extends IllegalArgumentException {

    private final String field;
    private final Sentence expected;
    private final Sentence found;
    private final transient Sentence sentence;

    /** Expected and found as English text (found: the value as given); both read verbatim. */
    public MappingProblem(String field, String expected, String found) {
        this(field, Sentence.verbatim(expected), Problem.data(found));
    }

    /** Found is the value as the mapping gave it (or null). */
    public MappingProblem(String field, Sentence expected, String found) {
        this(field, expected, Problem.data(found));
    }

    /** Nothing to show as found. */
    public MappingProblem(String field, Sentence expected) {
        this(field, expected, (Sentence) null);
    }

    public MappingProblem(String field, Sentence expected, Sentence found) {
        this(field, expected, found, found == null ? Sentence.of("ingest.mapping.problem", field, expected)
                : Sentence.of("ingest.mapping.problem-found", field, expected, found));
    }

    private MappingProblem(String field, Sentence expected, Sentence found, Sentence sentence) {
        super(sentence.english());
        this.field = field;
        this.expected = expected;
        this.found = found;
        this.sentence = sentence;
    }

    /** The message in the reader's language ({@link #getMessage()} is its English). */
    public Sentence sentence() { return sentence; }

    public String field() { return field; }
    public Sentence expected() { return expected; }
    public Sentence found() { return found; }
}
