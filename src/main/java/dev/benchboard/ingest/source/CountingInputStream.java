package dev.benchboard.ingest.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Counts bytes read and reports the count, for progress bars on large uploads. */
final class CountingInputStream extends FilterInputStream {

    private static final long REPORT_EVERY = 1 << 20;
    private final LongConsumer progress;
    private long count;
    private long lastReported;

    CountingInputStream(InputStream in, LongConsumer progress) {
        super(in);
        this.progress = progress == null ? n -> { } : progress;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) advance(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) advance(n);
        return n;
    }

    private void advance(long n) {
        count += n;
        if (count - lastReported >= REPORT_EVERY) {
            lastReported = count;
            progress.accept(count);
        }
    }
}
