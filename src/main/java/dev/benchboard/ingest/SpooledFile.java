package dev.benchboard.ingest;

import dev.benchboard.format.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload copied to a private temporary file while its SHA-256 and size are computed; the size
 * limit stops the copy early. Deleted on close, whatever happened.
 */
final class SpooledFile implements AutoCloseable {

    final Path path;
    final long size;
    final String sha256;

    private SpooledFile(Path path, long size, String sha256) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
    }

    static SpooledFile spool(InputStream in, long maxBytes) throws IOException {
        Path temp = Files.createTempFile("benchboard-upload-", ".bin");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream digesting = new DigestInputStream(in, digest);
                 OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = digesting.read(buffer)) > 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw new UploadRefused(413, UploadError.message(
                                Sentence.of("ingest.upload.file-larger", String.valueOf(maxBytes))));
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new SpooledFile(temp, size, HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }
}
