package dev.benchboard.evaluation;

/**
 * The lengths of the free-text columns of evaluations and candidates (V1__evaluations.sql): a longer
 * value is refused with a message naming the field and the limit, before it reaches the database
 * (which would fail the whole request with a 500).
 */
public final class TextLimits {

    public static final int EVALUATION_NAME = 200;
    public static final int EVALUATION_DESCRIPTION = 4000;
    public static final int CANDIDATE_NAME = 100;
    public static final int CANDIDATE_FRAMEWORK = 100;
    public static final int CANDIDATE_VERSION = 50;
    public static final int CANDIDATE_NOTES = 2000;

    private TextLimits() {
    }

    /** Refuses {@code value} (null passes) when it is longer than {@code max} characters. */
    public static void check(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters (got " + value.length() + ")");
        }
    }
}
