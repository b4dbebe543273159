package dev.benchboard.ingest.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops decompression past a byte limit: a small .gz cannot expand into gigabytes. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) check(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) check(n);
        return n;
    }

    private void check(int n) throws IOException {
        count += n;
        if (count > limit) throw new LimitExceededException("decompressed size", limit);
    }
}
