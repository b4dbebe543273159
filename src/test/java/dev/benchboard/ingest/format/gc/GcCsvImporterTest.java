package dev.benchboard.ingest.format.gc;

import dev.benchboard.ingest.EnglishText;
import static dev.benchboard.ingest.EnglishText.english;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.ingest.format.fields.ImportRun;
import dev.benchboard.evidence.GcCycle;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * fixtures/gc/leak-gc.csv is the real leak capture converted by
 * {@code src/test/fixtures-tools/gctrace_reference.py --csv leak-gctrace.txt leak-gc.csv} (columns
 * reordered, an extra "source" column): it must give the same cycles as the trace itself.
 */
class GcCsvImporterTest {

    private final GcCsvImporter importer = new GcCsvImporter();

    @Test
    void theCsvFormOfARealTraceGivesTheSameCycles() throws Exception {
        ImportRun csv = ImportRun.fixture(importer, "gc/leak-gc.csv");
        List<GcCycle> fromCsv = csv.result().gcTraces().getFirst().cycles();
        List<GcCycle> fromTrace = ImportRun.fixture(new GoGctraceImporter(), "gc/leak-gctrace.txt")
                .result().gcTraces().getFirst().cycles();
        assertThat(fromCsv).hasSize(88);
        assertThat(csv.context().problemCount()).isZero();
        assertThat(english(csv.context().warnings())).isEmpty();
        for (int i = 0; i < fromCsv.size(); i++) {
            GcCycle c = fromCsv.get(i);
            GcCycle t = fromTrace.get(i);
            assertThat(c.atSeconds()).isEqualTo(t.atSeconds());
            assertThat(c.pauseMs()).isCloseTo(t.pauseMs(), within(5e-4));    // written with 3 decimals
            assertThat(c.heapStartMb()).isEqualTo(t.heapStartMb());
            assertThat(c.heapEndMb()).isEqualTo(t.heapEndMb());
            assertThat(c.liveHeapMb()).isEqualTo(t.liveHeapMb());
            assertThat(c.goalMb()).isEqualTo(t.goalMb());
            assertThat(c.cumulativeGcPercent()).isEqualTo(t.cumulativeGcPercent());
            assertThat(c.number()).isNull();
            assertThat(c.concurrentMs()).isNull();
        }
    }

    @Test
    void onlyPauseIsRequiredAndMissingTimeIsSaid() throws Exception {
        ImportRun run = ImportRun.of(importer, "pause_ms,cycle\n0.5,1\n1.25,2\n");
        List<GcCycle> cycles = run.result().gcTraces().getFirst().cycles();
        assertThat(cycles).extracting(GcCycle::pauseMs).containsExactly(0.5, 1.25);
        assertThat(cycles).extracting(GcCycle::number).containsExactly(1, 2);
        assertThat(cycles.getFirst().atSeconds()).isNaN();
        assertThat(cycles.getFirst().liveHeapMb()).isNull();
        assertThat(english(run.context().warnings())).containsExactly(
                "no timestamp_s column: cycles per second, intervals and the leak slope cannot be computed");
    }

    @Test
    void badValuesAreRowProblemsWithLineColumnAndField() throws Exception {
        String text = """
                timestamp_s,pause_ms,live_heap_mb,gc_cpu_pct
                0.5,0.3,10,1
                0.9,NaN,10,1
                1.2,-0.1,10,1
                1.5,0.2,10,140
                1.4,0.2,10,1
                2.0,0.4
                1.0,0.2,10,1
                2.5,0.2,abc,1
                """;
        ImportRun run = ImportRun.of(importer, text);
        assertThat(run.result().gcTraces().getFirst().cycles()).extracting(GcCycle::atSeconds).containsExactly(0.5, 1.4, 2.0);
        assertThat(EnglishText.inEnglish(run.context().problems())).containsExactly(
                new Problem(3, 2, "pause_ms", "a pause in ms between 0 and 3600000", "'NaN'"),
                new Problem(4, 2, "pause_ms", "a pause in ms between 0 and 3600000", "'-0.1'"),
                new Problem(5, 4, "gc_cpu_pct", "a GC CPU percentage between 0 and 100", "'140'"),
                new Problem(8, 1, "timestamp_s", "a timestamp at or after the previous row's 2 s", "'1.0'"),
                new Problem(9, 3, "live_heap_mb", "a heap size in MB between 0 and 16777216", "'abc'"));
    }

    @Test
    void withoutPauseColumnTheFileCannotBeRead() {
        assertThatThrownBy(() -> ImportRun.of(importer, "timestamp_s,heap_mb\n1,2\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 1: expected a column named pause_ms in the header (gc-csv), found columns timestamp_s,heap_mb");
    }

    /**
     * Found by fuzzing (ArbitraryInputFuzzTest.longLines): a 16 KiB first line without pause_ms was
     * echoed whole in the error (16,462 characters). The header is shown clipped to 200 characters.
     */
    @Test
    void aHugeHeaderIsClippedInTheError() {
        String header = "9".repeat(16_384);
        assertThatThrownBy(() -> ImportRun.of(importer, header + "\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 1: expected a column named pause_ms in the header (gc-csv), found columns "
                        + "9".repeat(200) + "…");
    }

    @Test
    void detectsByHeader() {
        assertThat(importer.detect(ImportRun.head("gc/leak-gc.csv"))).isEqualTo(90);
        assertThat(importer.detect("pause_ms\n0.3\n")).isEqualTo(60);
        assertThat(importer.detect(ImportRun.head("gc/leak-gctrace.txt"))).isZero();
        assertThat(importer.detect(ImportRun.head("chaos/probe-log.csv"))).isZero();
    }
}
