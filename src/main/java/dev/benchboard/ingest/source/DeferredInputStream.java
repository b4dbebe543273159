package dev.benchboard.ingest.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stream opened on its first read: whatever opening it throws (a corrupt gzip header) is thrown by
 * that read, and again by every later one (opening is not retried halfway into the bytes). Closing an
 * unopened stream closes the underlying one.
 */
final class DeferredInputStream extends InputStream {

    interface Opener {
        InputStream open() throws IOException;
    }

    private final Opener opener;
    private final InputStream underlying;
    private InputStream in;
    private IOException failure;

    DeferredInputStream(Opener opener, InputStream underlying) {
        this.opener = opener;
        this.underlying = underlying;
    }

    private InputStream in() throws IOException {
        if (failure != null) throw failure;
        if (in == null) {
            try {
                in = opener.open();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
        return in;
    }

    @Override
    public int read() throws IOException {
        return in().read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return in().read(b, off, len);
    }

    @Override
    public int available() throws IOException {
        return in == null ? 0 : in.available();
    }

    @Override
    public void close() throws IOException {
        if (in != null) in.close();
        else underlying.close();
    }
}
