package dev.benchboard.ingest.mapping;

/** A column mapping that cannot be used: which field of it, what was expected, what was found. */
public final class MappingProblem extends IllegalArgumentException {

    private final String field;
    private final String expected;
    private final String found;

    public MappingProblem(String field, String expected, String found) {
        super("column mapping: " + field + ": expected " + expected + (found == null ? "" : ", found " + found));
        this.field = field;
        this.expected = expected;
        this.found = found;
    }

    public String field() { return field; }
    public String expected() { return expected; }
    public String found() { return found; }
}
