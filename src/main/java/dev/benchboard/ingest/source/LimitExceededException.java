package dev.benchboard.ingest.source;

import dev.benchboard.format.Sentence;
import java.io.IOException;

/**
 * A configured limit was exceeded while reading (the API answers 413). The message is kept as a {@link Sentence} for
 * the reader's language ({@link #sentence()}); {@link #getMessage()} is its English.
 */
public class LimitExceededException extends IOException {

    private final String what;
    private final long limit;
    private final transient Sentence sentence;

    /** The decompressed text is larger than {@code limit} bytes. */
    public static LimitExceededException decompressedSize(long limit) {
        return new LimitExceededException("decompressed size", limit,
                Sentence.of("ingest.limit.decompressed-size", String.valueOf(limit)));
    }

    public LimitExceededException(String what, long limit, Sentence sentence) {
        super(sentence.english());
        this.what = what;
        this.limit = limit;
        this.sentence = sentence;
    }

    public String what() { return what; }
    public long limit() { return limit; }
    /** The message in the reader's language. */
    public Sentence sentence() { return sentence; }
}
