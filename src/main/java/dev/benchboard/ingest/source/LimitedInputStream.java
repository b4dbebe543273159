package dev.benchboard.ingest.source;

import java.io.IOException;
import java.io.InputStream;

/** Stops decompression past a byte limit: a small .gz cannot expand into gigabytes. */
final class LimitedInputStream extends ObservedInputStream {

    private final long limit;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    void counted(long total) throws IOException {
        if (total > limit) throw LimitExceededException.decompressedSize(limit);
    }
}
