package dev.benchboard.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of one archive entry on their way into the zip, counted and hashed for the manifest.
 * Closing it only flushes: the JSON writers close their target, and the zip must stay open.
 */
final class DigestingEntry extends FilterOutputStream {

    private final MessageDigest sha256 = sha256();
    private long bytes;

    DigestingEntry(OutputStream zip) {
        super(zip);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        sha256.update((byte) b);
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        sha256.update(b, off, len);
        bytes += len;
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    Manifest.Entry entry(String name) {
        return new Manifest.Entry(name, bytes, HexFormat.of().formatHex(sha256.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
