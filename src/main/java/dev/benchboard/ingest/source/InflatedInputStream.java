package dev.benchboard.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * gzip decompression that knows how many compressed bytes it has consumed: the bytes it pulled from
 * the file less those still waiting in the inflater. Counting below the read-ahead buffers instead
 * overstates the compressed side by up to 128 KiB, which hid a bomb's ratio for its first 60 MB.
 */
final class InflatedInputStream extends GZIPInputStream {

    private final CountingInputStream pulled;

    private InflatedInputStream(CountingInputStream pulled, int bufferSize) throws IOException {
        super(pulled, bufferSize);
        this.pulled = pulled;
    }

    static InflatedInputStream of(InputStream compressed, int bufferSize) throws IOException {
        return new InflatedInputStream(new CountingInputStream(compressed, null), bufferSize);
    }

    /** Compressed bytes consumed so far (gzip headers and trailers included). */
    long compressedBytes() {
        return pulled.count() - inf.getRemaining();
    }
}
