package dev.benchboard.ingest.source;

import java.io.InputStream;
import java.util.function.LongConsumer;

/** Counts bytes read and reports the count, for progress bars on large uploads. */
final class CountingInputStream extends ObservedInputStream {

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
    void counted(long total) {
        count = total;
        if (count - lastReported >= REPORT_EVERY) {
            lastReported = count;
            progress.accept(count);
        }
    }
}
