package dev.benchboard.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.RunData;
import dev.benchboard.ingest.source.TextSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fuzz harness itself: it covers every importer of the catalog, passes the real fixtures, and
 * does fail on a crash, a hang, an unclean error and a broken result — so a green fuzz run means
 * something.
 */
class FuzzHarnessTest {

    @Test
    void everyCatalogImporterHasFixturesToMutate() {
        assertThat(FuzzFixtures.BY_FORMAT.keySet())
                .containsExactlyInAnyOrderElementsOf(Fuzzing.IMPORTERS.stream().map(Importer::format).toList());
        FuzzFixtures.BY_FORMAT.forEach((format, fixtures) -> assertThat(fixtures).as(format).isNotEmpty());
    }

    static Stream<FuzzFixtures.Fixture> fixtures() {
        return FuzzFixtures.all().stream();
    }

    /** Unmutated, each fixture is parsed by its importer, keeps the invariants and is detected cleanly. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void realFixturesPassTheHarness(FuzzFixtures.Fixture fixture) {
        Fuzzing.Outcome outcome = Fuzzing.parse(FixtureMutationFuzzTest.importer(fixture.format()), fixture.bytes());
        assertThat(outcome).isInstanceOf(Fuzzing.Parsed.class);
        Fuzzing.detectAll(fixture.bytes());
    }

    @Test
    void aCrashFails() {
        assertThatThrownBy(() -> Fuzzing.parse(fake(source -> { throw new NullPointerException("boom"); }), bytes("x")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("fake parse crashed with java.lang.NullPointerException: boom")
                .hasMessageContaining("1 bytes \"x\"");
    }

    @Test
    void aStackOverflowFails() {
        assertThatThrownBy(() -> Fuzzing.parse(fake(source -> { throw new StackOverflowError(); }), bytes("x")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("crashed with java.lang.StackOverflowError");
    }

    @Test
    void aHangFails() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> Fuzzing.parse(fake(source -> {
            Thread.sleep(60_000);
            return null;
        }), bytes("x"))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("did not finish within " + Fuzzing.TIME_BOUND_MS + " ms");
        assertThat((System.nanoTime() - start) / 1e6).isLessThan(Fuzzing.TIME_BOUND_MS + 5_000);
    }

    @Test
    void anImportExceptionIsACleanError() {
        Fuzzing.Outcome outcome = Fuzzing.parse(fake(source -> { throw ImportException.at("fake", 3, "a digit", "'x'"); }), bytes("x"));
        assertThat(outcome).isInstanceOfSatisfying(Fuzzing.Refused.class,
                r -> assertThat(r.error()).hasMessage("line 3: expected a digit (fake), found 'x'"));
    }

    @Test
    void invalidUtf8IsACleanErrorOfTheSource() {
        Fuzzing.Outcome outcome = Fuzzing.parse(fake(source -> {
            source.reader().read(new char[16]);
            return null;
        }), new byte[] {'a', (byte) 0xff, 'b'});
        assertThat(outcome).isInstanceOfSatisfying(Fuzzing.Refused.class,
                r -> assertThat(r.error()).isInstanceOf(java.nio.charset.CharacterCodingException.class));
    }

    @Test
    void anImportExceptionNamingAnotherFormatFails() {
        assertThatThrownBy(() -> Fuzzing.parse(fake(source -> { throw ImportException.at("other", 1, "x", null); }), bytes("x")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("naming format 'other'");
    }

    @Test
    void aResultWithANaNMeanOrNonMonotonePercentilesFails() {
        RunData broken = RunData.builder().requests(10L).meanMs(Double.NaN)
                .percentile(50, 9, LatencyOrigin.REPORTED).percentile(99, 3, LatencyOrigin.REPORTED).build();
        assertThatThrownBy(() -> Fuzzing.parse(fake(source -> ImportResult.ofRuns(List.of(broken))), bytes("x")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("run 0 meanMs: expected a finite number ≥ 0, found NaN")
                .hasMessageContaining("percentiles monotone: P50.0=9.0 > P99.0=3.0");
    }

    @Test
    void mutationsChangeWhatTheySay() {
        byte[] text = bytes("a 12\nb 3.5\nc 7\n");
        assertThat(str(new Mutation.Truncate(0.5).apply(text))).isEqualTo("a 12\nb 3");
        assertThat(str(new Mutation.DeleteLine(0.4).apply(text))).isEqualTo("a 12\nc 7\n");
        assertThat(str(new Mutation.DuplicateLine(0.0, 2).apply(text))).isEqualTo("a 12\na 12\na 12\nb 3.5\nc 7\n");
        assertThat(str(new Mutation.SwapLines(0.0, 0.99).apply(text))).isEqualTo("c 7\nb 3.5\na 12\n");
        assertThat(str(new Mutation.InsertLine(1.0, "junk").apply(text))).isEqualTo("a 12\nb 3.5\nc 7\njunk\n");
        assertThat(str(new Mutation.ReplaceNumber(0.5, "NaN").apply(text))).isEqualTo("a 12\nb NaN\nc 7\n");
        assertThat(new Mutation.FlipByte(0.0, 0x20).apply(text)[0]).isEqualTo((byte) 'A');
        assertThat(new Envelope.Gzip().wrap(text)).startsWith(0x1f, 0x8b);
    }

    private interface Parse {
        ImportResult parse(TextSource source) throws Exception;
    }

    private static Importer fake(Parse body) {
        return new Importer() {
            @Override public String format() { return "fake"; }
            @Override public String displayName() { return "fake"; }
            @Override public DataKind kind() { return DataKind.BENCHMARK; }
            @Override public String version() { return "1"; }
            @Override public int detect(String head) { return 0; }

            @Override
            public ImportResult parse(TextSource source, ImportContext context) throws ImportException, java.io.IOException {
                try {
                    return body.parse(source);
                } catch (ImportException | java.io.IOException | RuntimeException e) {
                    throw e;
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String str(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
