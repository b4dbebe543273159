package dev.benchboard.ingest.source;

import java.io.IOException;

/** A configured limit was exceeded while reading (the API answers 413). */
public class LimitExceededException extends IOException {

    private final String what;
    private final long limit;

    public LimitExceededException(String what, long limit) {
        this(what, limit, what + " exceeds the configured limit of " + limit + " bytes");
    }

    public LimitExceededException(String what, long limit, String message) {
        super(message);
        this.what = what;
        this.limit = limit;
    }

    public String what() { return what; }
    public long limit() { return limit; }
}
