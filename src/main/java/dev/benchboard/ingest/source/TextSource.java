package dev.benchboard.ingest.source;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportLimits;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;
import java.util.zip.ZipException;

/**
 * The decoded text of an upload, read once: gzip is recognised by its magic bytes (and bounded by
 * the decompressed-size and compression-ratio limits, so a zip bomb stops early), UTF-8 is decoded strictly (binary junk is
 * an error, not mojibake), a UTF-8 byte-order mark is dropped, and the raw bytes consumed are counted
 * for progress.
 */
public final class TextSource implements AutoCloseable {

    private final CountingInputStream raw;
    private final Reader reader;
    private final ImportLimits limits;
    private final boolean gzip;
    private LineReader lines;

    private TextSource(CountingInputStream raw, Reader reader, ImportLimits limits, boolean gzip) {
        this.raw = raw;
        this.reader = reader;
        this.limits = limits;
        this.gzip = gzip;
    }

    /**
     * @param in       the uploaded bytes (gzip or plain)
     * @param progress called with the number of raw bytes consumed so far (may be called often)
     */
    public static TextSource open(InputStream in, ImportLimits limits, LongConsumer progress) throws IOException {
        CountingInputStream counting = new CountingInputStream(in, progress);
        PushbackInputStream peek = new PushbackInputStream(new BufferedInputStream(counting, 1 << 16), 3);
        byte[] magic = peek.readNBytes(2);
        if (magic.length > 0) peek.unread(magic);
        boolean gzip = magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        // The gzip header and the BOM are read on the first read, not here: a corrupt or cut-off gzip
        // header then fails where every caller already reports corrupt gzip data (a 422), not in
        // open(), which the upload's format detection called outside its handling (a 500).
        InputStream text = new DeferredInputStream(() -> withoutBom(gzip ? inflated(peek, limits) : peek), peek);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new TextSource(counting, new InputStreamReader(text, decoder), limits, gzip);
    }

    /** The decompressed bytes, stopped by the decompressed-size and the compression-ratio limits. */
    private static InputStream inflated(InputStream compressed, ImportLimits limits) throws IOException {
        InflatedInputStream inflated = InflatedInputStream.of(compressed, 1 << 16);
        return new LimitedInputStream(new RatioLimitedInputStream(inflated, inflated::compressedBytes,
                limits.maxCompressionRatio()), limits.maxDecompressedBytes());
    }

    private static InputStream withoutBom(InputStream text) throws IOException {
        PushbackInputStream bomCheck = new PushbackInputStream(text, 3);
        byte[] bom = bomCheck.readNBytes(3);
        boolean hasBom = bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF;
        if (!hasBom && bom.length > 0) bomCheck.unread(bom);
        return bomCheck;
    }

    /**
     * The head that format detection judges: the decoded text, up to {@code maxChars}. Bytes that are
     * not UTF-8, corrupt or cut-off gzip and the decompression limit end the head where they occur
     * (detection works on what could be decoded; parsing then reports the exact problem).
     */
    public static String head(InputStream in, ImportLimits limits, int maxChars) throws IOException {
        try (TextSource source = open(in, limits, null)) {
            char[] buffer = new char[maxChars];
            int filled = 0;
            try {
                for (int n; filled < buffer.length && (n = source.reader.read(buffer, filled, buffer.length - filled)) > 0; ) {
                    filled += n;
                }
            } catch (CharacterCodingException | LimitExceededException | ZipException | EOFException endOfReadable) {
                // the head is what was read before
            }
            return new String(buffer, 0, filled);
        }
    }

    /** Line-by-line access with line numbers and the line-length limit. Use either this or {@link #reader()}. */
    public LineReader lines(String format) {
        if (lines == null) lines = new LineReader(reader, limits.maxLineLength(), limits.maxBlankLines(), format);
        return lines;
    }

    /** The decoded characters, for streaming JSON parsers. Use either this or {@link #lines(String)}. */
    public Reader reader() {
        return reader;
    }

    /** Most blank lines in a row, for line readers over {@link #reader()}. */
    public long maxBlankLines() {
        return limits.maxBlankLines();
    }

    public boolean gzip() {
        return gzip;
    }

    public long rawBytesRead() {
        return raw.count();
    }

    /** A line longer than the configured limit (the readers refuse it rather than hold it in memory). */
    static ImportException lineTooLong(String format, long line, int maxLineLength) {
        return ImportException.at(format, line, Sentence.of("ingest.source.line-too-long", String.valueOf(maxLineLength)),
                Sentence.of("ingest.source.line-too-long-found"));
    }

    /** Turns a decoding failure into the user-facing error. */
    public static ImportException notText(String format, long line) {
        return ImportException.at(format, line, Sentence.of("ingest.upload.utf8-expected"),
                Sentence.of("ingest.source.not-utf8-found"));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
