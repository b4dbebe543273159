package dev.benchboard.ingest.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/**
 * How the (mutated) text is uploaded: as is, gzip-compressed (TextSource recognises the magic bytes),
 * or as a gzip stream that is corrupt — cut off, with a flipped byte, with junk after it — or
 * compressed twice (the inner stream is then text to the importer: bytes that are not UTF-8).
 */
sealed interface Envelope {

    byte[] wrap(byte[] text);

    record Plain() implements Envelope {
        public byte[] wrap(byte[] text) {
            return text;
        }
    }

    record Gzip() implements Envelope {
        public byte[] wrap(byte[] text) {
            return gzip(text);
        }
    }

    record GzipTwice() implements Envelope {
        public byte[] wrap(byte[] text) {
            return gzip(gzip(text));
        }
    }

    /** Cut anywhere, including inside the 10-byte header and the 8-byte trailer. */
    record GzipTruncated(double at) implements Envelope {
        public byte[] wrap(byte[] text) {
            byte[] gz = gzip(text);
            return Arrays.copyOf(gz, Math.max(2, Math.min(gz.length - 1, (int) (at * gz.length))));
        }
    }

    /** One byte of the stream XOR-ed, the magic bytes kept so it is still read as gzip. */
    record GzipFlipped(double at, int xor) implements Envelope {
        public byte[] wrap(byte[] text) {
            byte[] gz = gzip(text);
            int i = 2 + Math.min(gz.length - 3, (int) (at * (gz.length - 2)));
            gz[i] = (byte) (gz[i] ^ xor);
            return gz;
        }
    }

    /** Bytes after the gzip member (GZIPInputStream then looks for another member). */
    record GzipTrailingJunk(byte[] junk) implements Envelope {
        public byte[] wrap(byte[] text) {
            byte[] gz = gzip(text);
            byte[] out = Arrays.copyOf(gz, gz.length + junk.length);
            System.arraycopy(junk, 0, out, gz.length, junk.length);
            return out;
        }

        @Override
        public String toString() {
            return "GzipTrailingJunk[" + Fuzzing.describe(junk) + "]";
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 32);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
