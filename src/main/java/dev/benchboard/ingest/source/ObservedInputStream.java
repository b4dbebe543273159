package dev.benchboard.ingest.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it and tells the subclass after each read that returned data (to report progress or stop). */
abstract class ObservedInputStream extends FilterInputStream {

    private long count;

    ObservedInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) counted(++count);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) counted(count += n);
        return n;
    }

    /** Called with the bytes read so far after every read that returned data; throws to stop reading. */
    abstract void counted(long total) throws IOException;
}
