package dev.benchboard.ingest.source;

import dev.benchboard.format.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Stops decompression as soon as the text expands beyond {@code maxRatio} times the compressed bytes
 * read: no real result file compresses that well, a decompression bomb does (a 47 MB gzip of 10 GB of
 * newlines ran 82 s before the size limit stopped it). Judged only past {@link #JUDGED_FROM} bytes, so a
 * small, very regular file is never refused.
 */
final class RatioLimitedInputStream extends ObservedInputStream {

    static final long JUDGED_FROM = 4L << 20;

    private final LongSupplier compressedBytes;
    private final int maxRatio;

    RatioLimitedInputStream(InputStream decompressing, LongSupplier compressedBytes, int maxRatio) {
        super(decompressing);
        this.compressedBytes = compressedBytes;
        this.maxRatio = maxRatio;
    }

    @Override
    void counted(long decompressed) throws IOException {
        if (decompressed < JUDGED_FROM) return;
        long compressed = Math.max(1, compressedBytes.getAsLong());
        if (decompressed / compressed > maxRatio) {
            throw new LimitExceededException("compression ratio", maxRatio, Sentence.of("ingest.limit.compression-ratio",
                    String.valueOf(maxRatio), String.valueOf(decompressed), String.valueOf(compressed)));
        }
    }
}
