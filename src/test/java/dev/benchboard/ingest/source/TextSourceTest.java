package dev.benchboard.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class TextSourceTest {

    private static final ImportLimits LIMITS = new ImportLimits(1 << 20, 1000, 64, 1 << 16);

    private static List<String> lines(byte[] bytes) throws Exception {
        try (TextSource source = TextSource.open(new ByteArrayInputStream(bytes), LIMITS, null)) {
            LineReader reader = source.lines("test");
            List<String> out = new ArrayList<>();
            for (String line; (line = reader.next()) != null; ) out.add(line);
            return out;
        }
    }

    @Test
    void stripsBomAndCrlf() throws Exception {
        byte[] bytes = "\uFEFFa,b\r\nc,d\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(lines(bytes)).containsExactly("a,b", "c,d");
    }

    @Test
    void readsGzipTransparently() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("x\ny\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(lines(gz.toByteArray())).containsExactly("x", "y");
    }

    /**
     * Found by fuzzing (ArbitraryInputFuzzTest.soupInGzip): the gzip magic bytes followed by a cut-off
     * or corrupt header made open() itself throw, and the upload's format detection opens the file
     * outside its error handling, so such an upload got a 500. Now open() succeeds and the first read
     * throws, where callers report corrupt gzip data (422).
     */
    @Test
    void aCorruptGzipHeaderFailsOnReadingNotOnOpening() throws Exception {
        byte[] cutOff = {0x1f, (byte) 0x8b};
        try (TextSource source = TextSource.open(new ByteArrayInputStream(cutOff), LIMITS, null)) {
            assertThat(source.gzip()).isTrue();
            assertThatThrownBy(() -> source.reader().read()).isInstanceOf(java.io.EOFException.class);
            assertThatThrownBy(() -> source.reader().read()).isInstanceOf(java.io.EOFException.class);
        }
        byte[] unknownMethod = {0x1f, (byte) 0x8b, 9, 0, 0, 0, 0, 0, 0, (byte) 0xff, '3', 2, 0};
        try (TextSource source = TextSource.open(new ByteArrayInputStream(unknownMethod), LIMITS, null)) {
            assertThatThrownBy(() -> source.lines("test").next())
                    .isInstanceOf(java.util.zip.ZipException.class).hasMessage("Unsupported compression method");
        }
    }

    /** The head detection judges ends where the readable text ends; it never fails the upload itself. */
    @Test
    void theHeadIsWhatDecodesUpToItsLength() throws Exception {
        assertThat(TextSource.head(new ByteArrayInputStream(new byte[] {0x1f, (byte) 0x8b}), LIMITS, 100)).isEmpty();
        // the decoder reports a bad byte for the whole block it read, so the head may stop before it
        String beforeBadByte = TextSource.head(new ByteArrayInputStream(new byte[] {'a', 'b', '\n', (byte) 0xff, 'c'}), LIMITS, 100);
        assertThat("ab\n").startsWith(beforeBadByte);
        assertThat(TextSource.head(new ByteArrayInputStream("\uFEFFabcdef".getBytes(StandardCharsets.UTF_8)), LIMITS, 4))
                .isEqualTo("abcd");
    }

    @Test
    void stopsAGzipBombAtTheDecompressedLimit() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            byte[] zeros = ("0".repeat(63) + "\n").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 10_000; i++) out.write(zeros);   // 640 KB from a ~1 KB file
        }
        assertThat(gz.size()).isLessThan(4096);
        assertThatThrownBy(() -> lines(gz.toByteArray()))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("decompressed size exceeds the configured limit of 65536 bytes");
    }

    @Test
    void rejectsALineLongerThanTheLimitWithItsNumber() {
        byte[] bytes = ("ok\n" + "x".repeat(65) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> lines(bytes))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 2: expected lines of at most 64 characters (the configured limit) (test), found a longer line");
    }

    @Test
    void rejectsBinaryJunkAsNotText() {
        byte[] bytes = {'a', '\n', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'};
        assertThatThrownBy(() -> lines(bytes))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("expected UTF-8 text (test)");
    }

    @Test
    void reportsAnUnterminatedLastLine() throws Exception {
        try (TextSource source = TextSource.open(new ByteArrayInputStream("a\nb".getBytes(StandardCharsets.UTF_8)), LIMITS, null)) {
            LineReader reader = source.lines("test");
            assertThat(reader.next()).isEqualTo("a");
            assertThat(reader.lastLineUnterminated()).isFalse();
            assertThat(reader.next()).isEqualTo("b");
            assertThat(reader.lastLineUnterminated()).isTrue();
            assertThat(reader.lineNumber()).isEqualTo(2);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void csvFindsColumnsByNameAndHandlesQuotes() throws IOException, ImportException {
        byte[] bytes = "Latency_MS,status,note\n1.5,200,\"a, \"\"quoted\"\" note\"\n\n2,500,x\n".getBytes(StandardCharsets.UTF_8);
        try (TextSource source = TextSource.open(new ByteArrayInputStream(bytes), LIMITS, null)) {
            CsvLines csv = CsvLines.open(source.lines("csv"), "csv");
            assertThat(csv.column("latency_ms")).isZero();
            assertThat(csv.column("missing", "STATUS")).isEqualTo(1);
            assertThat(csv.next()).containsExactly("1.5", "200", "a, \"quoted\" note");
            assertThat(csv.lineNumber()).isEqualTo(2);
            assertThat(csv.next()).containsExactly("2", "500", "x");
            assertThat(csv.lineNumber()).isEqualTo(4);
            assertThat(csv.next()).isNull();
        }
    }

    @Test
    void csvReportsAnUnclosedQuoteWithLineAndColumn() throws IOException, ImportException {
        byte[] bytes = "a,b\n1,\"open\n".getBytes(StandardCharsets.UTF_8);
        try (TextSource source = TextSource.open(new ByteArrayInputStream(bytes), LIMITS, null)) {
            CsvLines csv = CsvLines.open(source.lines("csv"), "csv");
            assertThatThrownBy(csv::next).isInstanceOf(ImportException.class)
                    .hasMessage("line 2, column 7: expected a closing quote (csv), found end of line");
        }
    }
}
