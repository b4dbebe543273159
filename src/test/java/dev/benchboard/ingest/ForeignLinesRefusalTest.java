package dev.benchboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.source.TextSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A file that is almost all lines foreign to the chosen tool is refused after
 * {@link ImportContext#SKIPPED_LINES_BEFORE_REFUSAL} skipped lines, gzip or not, at that line and naming the format
 * (before, the line-oriented importers skipped on to the end: for gzip, up to the decompressed-size limit, 8 GiB by
 * default, and then said only that no run was found, at line 1). Real captures with foreign lines are still read.
 */
class ForeignLinesRefusalTest {

    private static final FormatRegistry FORMATS = new FormatRegistry();
    private static final int JUNK_LINES = 150_000;

    /** Varied junk (as a compressed log decoded as text would not be: that fails UTF-8), a different line each time. */
    private static byte[] junk(int lines) {
        Random random = new Random(42);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            s.append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36)).append(" ~ ")
                    .append(Integer.toHexString(random.nextInt())).append(" zq").append(random.nextInt(1000)).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text);
        }
        return out.toByteArray();
    }

    private static ImportResult parse(String format, byte[] bytes) throws Exception {
        Importer importer = FORMATS.find(format).orElseThrow();
        try (TextSource source = TextSource.open(new ByteArrayInputStream(bytes), ImportLimits.defaults(), null)) {
            return importer.parse(source, new ImportContext(ImportLimits.defaults(), Map.of()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wrk", "wrk2", "hey", "ab", "siege", "hdr-percentiles", "go-bench", "go-gctrace", "k6-ndjson",
            "gatling-log", "autocannon"})
    void aGzipOfJunkIsRefusedAtTheLimitNamingTheFormatAndTheLine(String format) throws Exception {
        byte[] compressed = gzip(junk(JUNK_LINES));
        assertThat(compressed[0] & 0xff).isEqualTo(0x1f);
        assertThatThrownBy(() -> parse(format, compressed)).isInstanceOf(ImportException.class)
                .satisfies(e -> {
                    ImportException refused = (ImportException) e;
                    assertThat(refused.format()).isEqualTo(format);
                    assertThat(refused.line()).as("refused at the limit, not after reading it all")
                            .isEqualTo(ImportContext.SKIPPED_LINES_BEFORE_REFUSAL);
                    assertThat(refused.getMessage()).isEqualTo("line 100000: expected " + format + "'s lines, at least 1 in "
                            + "10000 (" + format + "), found 100000 lines that are not " + format + "'s and 0 that are (or "
                            + "are blank): not " + format + " output (another file or format?)");
                });
    }

    @Test
    void theSameJunkUncompressedIsRefusedTheSameWay() {
        assertThatThrownBy(() -> parse("hey", junk(JUNK_LINES))).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("line 100000: expected hey's lines");
    }

    /**
     * A real gctrace capture (fixtures/gc/healthy-gctrace.txt, its own log lines included) with 2,000 foreign lines
     * after each of its lines, about 800,000 in all: foreign lines far beyond the limit, but 1 line in 2,001 is the
     * tool's, so it is read, every cycle of it.
     */
    @Test
    void aCaptureWithManyInterleavedForeignLinesIsStillRead() throws Exception {
        String[] trace = Files.readString(Path.of("src/test/resources/fixtures/gc/healthy-gctrace.txt")).split("\n");
        String foreign = new String(junk(2_000), StandardCharsets.UTF_8);
        StringBuilder interleaved = new StringBuilder();
        for (String line : trace) interleaved.append(line).append('\n').append(foreign);
        long cycles = java.util.Arrays.stream(trace).filter(l -> l.startsWith("gc ")).count();

        ImportResult plain = parse("go-gctrace", Files.readAllBytes(Path.of("src/test/resources/fixtures/gc/healthy-gctrace.txt")));
        ImportResult withForeign = parse("go-gctrace", gzip(interleaved.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(withForeign.gcTraces().getFirst().cycles()).hasSize((int) cycles)
                .isEqualTo(plain.gcTraces().getFirst().cycles());
    }
}
