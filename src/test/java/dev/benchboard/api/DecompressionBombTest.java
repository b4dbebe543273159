package dev.benchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.benchboard.export.FixtureEvaluation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 13, finding 8: one upload burned minutes of CPU (a 47 MB gzip of 10 GB of newlines with a
 * format forced ran 82 s before its 413). A file that cannot be a result file is now stopped within
 * seconds: by the compression ratio (gzip) or by the run of blank lines (any file), and nothing is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
@ActiveProfiles("test")
class DecompressionBombTest {

    private static final long BOMB_BYTES = 200L << 20;
    /** Generous for a loaded 2-core machine; before the fix the 200 MB bomb ran until the 8 GB limit (never). */
    private static final long SECONDS = 10;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    FixtureEvaluation fixture;
    long evaluation;

    @BeforeEach
    void createEvaluation() throws Exception {
        fixture = FixtureEvaluation.create(mvc, "finding 8");
        evaluation = fixture.id;
    }

    /** {@code bytes} of {@code line} again and again, gzipped as written (200 MB never sit in memory), at {@code level}. */
    private static byte[] gzipped(String line, long bytes, int level) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(compressed, 1 << 16) {
            { def.setLevel(level); }
        }) {
            byte[] block = line.repeat((1 << 16) / line.length()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (long written = 0; written < bytes; written += block.length) gzip.write(block);
        }
        return compressed.toByteArray();
    }

    private static byte[] gzippedNewlines(long bytes, int level) throws IOException {
        return gzipped("\n", bytes, level);
    }

    private ResultActions upload(String name, byte[] bytes, String... params) throws Exception {
        return fixture.send(name, bytes, "Gin", params);
    }

    private void nothingStored() {
        assertThat(jdbc.queryForObject("select count(*) from upload where evaluation_id = ?", Integer.class, evaluation)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from candidate where evaluation_id = ?", Integer.class, evaluation)).isZero();
    }

    /**
     * The attack: gzip -1 gave its ratio (47 MB for 10 GB, about 220); -9 gives gzip's most, about 1030.
     * Newlines are stopped by the run of blank lines, the first limit they reach.
     */
    @ParameterizedTest
    @ValueSource(ints = {Deflater.BEST_SPEED, Deflater.BEST_COMPRESSION})
    void aGzipBombOfNewlinesWithAFormatForcedIsRefusedWithinSeconds(int level) throws Exception {
        byte[] bomb = gzippedNewlines(BOMB_BYTES, level);
        for (String format : new String[] {"wrk", "raw-latency-csv", "go-gctrace", "k6-ndjson"}) {
            long start = System.nanoTime();
            upload("newlines.txt.gz", bomb, "format", format)
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.line").value(100_001))
                    .andExpect(jsonPath("$.error", containsString("at most 100000 blank lines in a row")));
            assertThat((System.nanoTime() - start) / 1e9).as(format + " seconds").isLessThan(SECONDS);
        }
        nothingStored();
    }

    /**
     * Lines that are not blank but no tool's (skipped as foreign, one by one) are stopped by whichever limit they
     * reach first: the compression ratio (past 4 MB decompressed) or the foreign-line limit (100,000 lines with fewer
     * than 1 in 10,000 the tool's, about 800 kB in). Which one depends on how far the format's reader has got when
     * the decompressor crosses 4 MB; both refuse within seconds and store nothing.
     */
    @ParameterizedTest
    @ValueSource(ints = {Deflater.BEST_SPEED, Deflater.BEST_COMPRESSION})
    void aGzipBombOfForeignLinesIsStoppedByTheRatioOrTheForeignLineLimitWithinSeconds(int level) throws Exception {
        byte[] bomb = gzipped("app: ok\n", BOMB_BYTES, level);
        for (String format : new String[] {"wrk", "go-gctrace", "go-bench"}) {
            long start = System.nanoTime();
            var response = upload("app.log.gz", bomb, "format", format).andReturn().getResponse();
            String error = response.getContentAsString();
            if (response.getStatus() == 413) {
                assertThat(error).as(format).contains("expands more than 150 times", "decompression bomb",
                        "benchboard.ingest.max-compression-ratio");
            } else {
                assertThat(response.getStatus()).as(format + ": " + error).isEqualTo(422);
                assertThat(error).as(format).contains("lines that are not " + format + "'s");
            }
            assertThat((System.nanoTime() - start) / 1e9).as(format + " seconds").isLessThan(SECONDS);
        }
        nothingStored();
    }

    @Test
    void aGzipBombIsRefusedWhenItsFormatIsDetectedToo() throws Exception {
        long start = System.nanoTime();
        upload("newlines.txt.gz", gzippedNewlines(BOMB_BYTES, Deflater.BEST_SPEED)).andExpect(status().is4xxClientError());
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(SECONDS);
        nothingStored();
    }

    /** Without gzip the ratio cannot help: 150,000 blank lines (150 kB) are refused at the line after the limit. */
    @ParameterizedTest
    @ValueSource(strings = {"wrk", "hey-csv", "raw-latency-csv", "go-gctrace", "go-bench", "k6-ndjson"})
    void aRunOfBlankLinesIsRefusedAtTheLineThatExceedsTheLimit(String format) throws Exception {
        byte[] blank = new byte[150_000];
        Arrays.fill(blank, (byte) '\n');
        upload("blank.txt", blank, "format", format)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.line").value(100_001))
                .andExpect(jsonPath("$.expected", containsString("at most 100000 blank lines in a row")));
        nothingStored();
    }

    /**
     * The limits leave real files alone: the most compressible fixture (k6 NDJSON, 43 times) four times
     * over, so its ratio is judged (11.6 MB of text, past the first 4 MiB), stores all its points.
     */
    @Test
    void aLargeRealGzipUploadIsAccepted() throws Exception {
        byte[] text = new java.util.zip.GZIPInputStream(Files.newInputStream(
                Path.of("src/test/resources/fixtures/k6-ndjson/k6-out.json.gz"))).readAllBytes();
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz) {
            { def.setLevel(Deflater.BEST_COMPRESSION); }
        }) {
            for (int i = 0; i < 4; i++) out.write(text);
        }
        double ratio = 4.0 * text.length / gz.size();
        assertThat(ratio).as("ratio of the real file").isBetween(30.0, 60.0);
        upload("k6-out-4x.json.gz", gz.toByteArray(), "format", "k6-ndjson").andExpect(status().isCreated());
    }
}
