package dev.benchboard.ingest.format.gc;

import dev.benchboard.ingest.EnglishText;
import static dev.benchboard.ingest.EnglishText.english;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.ingest.format.fields.ImportRun;
import dev.benchboard.evidence.GcCycle;
import dev.benchboard.evidence.GcTraceData;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real captures in src/test/resources/fixtures/gc (see its README). Expected counts come from
 * {@code grep -c '^gc ' FILE} and {@code grep -vc '^gc ' FILE}; sums over every cycle from
 * {@code src/test/fixtures-tools/gctrace_reference.py src/test/resources/fixtures/gc}, an independent
 * regular-expression reading of the same lines.
 */
class GoGctraceImporterTest {

    private final GoGctraceImporter importer = new GoGctraceImporter();

    private static List<GcCycle> cycles(ImportRun run) {
        assertThat(run.result().gcTraces()).hasSize(1);
        return run.result().gcTraces().getFirst().cycles();
    }

    private static GcCycle cycle(List<GcCycle> cycles, int number) {
        return cycles.stream().filter(c -> c.number() == number).findFirst().orElseThrow();
    }

    private static double sum(List<GcCycle> cycles, java.util.function.ToDoubleFunction<GcCycle> f) {
        return cycles.stream().mapToDouble(f).sum();
    }

    @Test
    void healthyCaptureHasEveryCycleAndSkipsTheLogLines() throws Exception {
        ImportRun run = ImportRun.fixture(importer, "gc/healthy-gctrace.txt");
        List<GcCycle> cycles = cycles(run);
        assertThat(cycles).hasSize(372);                              // grep -c '^gc '
        assertThat(run.context().skippedLines()).isEqualTo(47);       // grep -vc '^gc '
        assertThat(run.context().problemCount()).isZero();
        assertThat(english(run.context().warnings())).isEmpty();
        assertThat(run.context().accepted()).isEqualTo(372);
        // gctrace_reference.py: pause_sum=220.293 conc_sum=1731.720 cpu_sum=1590.696 live_sum=3748 max_pause=36.020 forced=2
        assertThat(sum(cycles, GcCycle::pauseMs)).isCloseTo(220.293, within(1e-9));
        assertThat(sum(cycles, GcCycle::concurrentMs)).isCloseTo(1731.720, within(1e-9));
        assertThat(sum(cycles, GcCycle::cpuMs)).isCloseTo(1590.696, within(1e-9));
        assertThat(sum(cycles, GcCycle::liveHeapMb)).isEqualTo(3748);
        assertThat(cycles.stream().mapToDouble(GcCycle::pauseMs).max().orElseThrow()).isCloseTo(36.020, within(1e-12));
        assertThat(cycles.stream().filter(GcCycle::forced).map(GcCycle::number)).containsExactly(142, 290);
        assertThat(cycles.stream().map(GcCycle::number).toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 372).boxed().toList());
        GcTraceData trace = run.result().gcTraces().getFirst();
        // "GOGC=unset (default 100)" is not a value: no gogc setting.
        assertThat(trace.settings()).containsExactlyEntriesOf(Map.of("gomaxprocs", "2"));
        assertThat(run.context().settings()).containsEntry("gomaxprocs", "2").doesNotContainKey("gogc");
    }

    @Test
    void readsEveryFieldOfAGo119Line() throws Exception {
        List<GcCycle> cycles = cycles(ImportRun.fixture(importer, "gc/healthy-gctrace.txt"));
        // line 2: gc 1 @0.002s 14%: 0.064+15+0.003 ms clock, 0.12+4.3/1.0/0+0.007 ms cpu, 3->6->5 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P
        GcCycle first = cycle(cycles, 1);
        assertThat(first.atSeconds()).isEqualTo(0.002);
        assertThat(first.cumulativeGcPercent()).isEqualTo(14.0);
        assertThat(first.pauseMs()).isCloseTo(0.064 + 0.003, within(1e-12));
        assertThat(first.concurrentMs()).isEqualTo(15.0);
        assertThat(first.cpuMs()).isCloseTo(0.12 + 4.3 + 1.0 + 0 + 0.007, within(1e-12));
        assertThat(List.of(first.heapStartMb(), first.heapEndMb(), first.liveHeapMb(), first.goalMb()))
                .containsExactly(3.0, 6.0, 5.0, 4.0);
        assertThat(first.procs()).isEqualTo(2);
        assertThat(first.forced()).isFalse();
        // line 160: gc 142 @15.021s 1%: 0.017+1.8+0.003 ms clock, 0.034+0/0.24/1.6+0.007 ms cpu, 11->11->9 MB, 22 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)
        GcCycle forced = cycle(cycles, 142);
        assertThat(forced.atSeconds()).isEqualTo(15.021);
        assertThat(forced.cumulativeGcPercent()).isEqualTo(1.0);
        assertThat(forced.pauseMs()).isCloseTo(0.020, within(1e-12));
        assertThat(forced.concurrentMs()).isEqualTo(1.8);
        assertThat(forced.cpuMs()).isCloseTo(0.034 + 0 + 0.24 + 1.6 + 0.007, within(1e-12));
        assertThat(List.of(forced.heapStartMb(), forced.heapEndMb(), forced.liveHeapMb(), forced.goalMb()))
                .containsExactly(11.0, 11.0, 9.0, 22.0);
        assertThat(forced.forced()).isTrue();
        // line 99: gc 88 @9.361s 1%: 1.4+3.5+0.004 ms clock, 2.8+1.5/1.3/0+0.009 ms cpu, 21->22->10 MB, 22 MB goal, …
        GcCycle slow = cycle(cycles, 88);
        assertThat(slow.pauseMs()).isCloseTo(1.404, within(1e-12));
        assertThat(slow.cpuMs()).isCloseTo(5.609, within(1e-12));
    }

    @Test
    void leakCaptureShowsTheLiveHeapGrowing() throws Exception {
        ImportRun run = ImportRun.fixture(importer, "gc/leak-gctrace.txt");
        List<GcCycle> cycles = cycles(run);
        assertThat(cycles).hasSize(88);
        assertThat(run.context().skippedLines()).isEqualTo(45);
        // gctrace_reference.py: pause_sum=46.218 cpu_sum=355.109 live_sum=1919
        assertThat(sum(cycles, GcCycle::pauseMs)).isCloseTo(46.218, within(1e-9));
        assertThat(sum(cycles, GcCycle::cpuMs)).isCloseTo(355.109, within(1e-9));
        assertThat(sum(cycles, GcCycle::liveHeapMb)).isEqualTo(1919);
        // line 2: gc 1 @0.007s … 3->5->5 MB; line 129: gc 88 @39.880s … 78->78->40 MB, 80 MB goal
        assertThat(cycles.getFirst().liveHeapMb()).isEqualTo(5.0);
        GcCycle last = cycles.getLast();
        assertThat(last.number()).isEqualTo(88);
        assertThat(last.atSeconds()).isEqualTo(39.880);
        assertThat(last.liveHeapMb()).isEqualTo(40.0);
        assertThat(last.goalMb()).isEqualTo(80.0);
    }

    @Test
    void gogcComesFromTheProgramsOwnLine() throws Exception {
        for (String gogc : List.of("50", "100", "150")) {
            ImportRun run = ImportRun.fixture(importer, "gc/gogc" + gogc + "-gctrace.txt");
            assertThat(run.result().gcTraces().getFirst().settings()).containsEntry("gogc", gogc).containsEntry("gomaxprocs", "2");
            assertThat(english(run.context().warnings())).isEmpty();
        }
        // grep -c '^gc ': 393, 187, 127 — more collections at lower GOGC, as it should be
        assertThat(cycles(ImportRun.fixture(importer, "gc/gogc50-gctrace.txt"))).hasSize(393);
        assertThat(cycles(ImportRun.fixture(importer, "gc/gogc100-gctrace.txt"))).hasSize(187);
        assertThat(cycles(ImportRun.fixture(importer, "gc/gogc150-gctrace.txt"))).hasSize(127);
    }

    @Test
    void theUploadFormsGogcWinsAndADifferenceIsAWarning() throws Exception {
        ImportRun run = ImportRun.fixture(importer, "gc/gogc50-gctrace.txt", Map.of("gogc", "75"));
        assertThat(run.result().gcTraces().getFirst().settings()).containsEntry("gogc", "75");
        assertThat(english(run.context().warnings())).containsExactly(
                "GOGC=75 from the upload form differs from GOGC=50 printed in the capture; the form's value is used");
        ImportRun same = ImportRun.fixture(importer, "gc/healthy-gctrace.txt", Map.of("gogc", "100"));
        assertThat(same.result().gcTraces().getFirst().settings()).containsEntry("gogc", "100");
        assertThat(english(same.context().warnings())).isEmpty();
    }

    @Test
    void skipsAnsiColouredLogPacerAndScavengerLines() throws Exception {
        ImportRun run = ImportRun.fixture(importer, "gc/ansi-pacer-gctrace.txt");
        List<GcCycle> cycles = cycles(run);
        assertThat(cycles).hasSize(113);
        // 226 'pacer: ' + 113 'scav ' + 17 ANSI-coloured log lines = grep -vc '^gc '
        assertThat(run.context().skippedLines()).isEqualTo(356);
        assertThat(run.context().problemCount()).isZero();
        // gctrace_reference.py: pause_sum=34.965 cpu_sum=319.232 live_sum=1127
        assertThat(sum(cycles, GcCycle::pauseMs)).isCloseTo(34.965, within(1e-9));
        assertThat(sum(cycles, GcCycle::cpuMs)).isCloseTo(319.232, within(1e-9));
        assertThat(sum(cycles, GcCycle::liveHeapMb)).isEqualTo(1127);
    }

    @Test
    void aCutOffLastLineIsAWarningNotAProblem() throws Exception {
        ImportRun run = ImportRun.fixture(importer, "gc/truncated-gctrace.txt");
        assertThat(cycles(run)).hasSize(29);
        assertThat(run.context().skippedLines()).isEqualTo(9);
        assertThat(run.context().problemCount()).isZero();
        assertThat(english(run.context().warnings())).containsExactly("line 39: the last line is cut off (no newline at the end of"
                + " the file), so it was not used: 'gc 30 @7.175s 0%: 0.037+8.9+0.004 ms clo…'");
    }

    @Test
    void gcLinesBrokenByAnotherGoroutinesLogWritesAreRejoined() throws Exception {
        // Real capture (fixtures/gc/README.md, gin-split-gctrace.txt): a goroutine logging at a high rate
        // at shutdown wrote into 5 gc lines, up to 3 times into one. grep -oE 'gc [0-9]+ @' | sort -n:
        // gc 1 … gc 112, no gaps; 5 of them do not end in " P" (grep -E 'gc [0-9]+ @' | grep -vE ' P$').
        ImportRun run = ImportRun.fixture(importer, "gc/gin-split-gctrace.txt");
        List<GcCycle> cycles = cycles(run);
        assertThat(cycles).extracting(GcCycle::number)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 112).boxed().toList());
        assertThat(run.context().problemCount()).isZero();
        assertThat(english(run.context().warnings())).containsExactly("5 gc line(s) were broken by other output written in the"
                + " middle of them and were rejoined from their pieces (gc 106 from lines 646+647, gc 107 from lines"
                + " 711+712+713+714, gc 108 from lines 727+728+729, gc 110 from lines 896+897+899+900,"
                + " gc 111 from lines 920+921+922+923)");
        // lines 711–714, the log text cut out:
        //   gc 107 @3.100s 3%: 0.020+2.6|2026/12/07 12:46:38 INFO draining conn=599
        //   +0.006 ms clock, 0.041+0.061/1.7/0.004+0.012|2026/12/07 12:46:38 INFO draining conn=600
        //    ms cpu, 2->2->1 MB, 2 MB goal, 0 MB stacks, 0|2026/12/07 12:46:38 INFO draining conn=601
        //    MB globals, 2 P
        GcCycle gc107 = cycle(cycles, 107);
        assertThat(gc107.atSeconds()).isEqualTo(3.100);
        assertThat(gc107.pauseMs()).isCloseTo(0.020 + 0.006, within(1e-12));
        assertThat(gc107.concurrentMs()).isEqualTo(2.6);
        assertThat(gc107.cpuMs()).isCloseTo(0.041 + 0.061 + 1.7 + 0.004 + 0.012, within(1e-12));
        assertThat(List.of(gc107.heapStartMb(), gc107.heapEndMb(), gc107.liveHeapMb(), gc107.goalMb()))
                .containsExactly(2.0, 2.0, 1.0, 2.0);
        // lines 920–923: "gc 111 @3.119s 3|2026/12/07 …" — the 3 % is told from "32 %" by the log lines around it
        GcCycle gc111 = cycle(cycles, 111);
        assertThat(gc111.cumulativeGcPercent()).isEqualTo(3.0);
        assertThat(gc111.cpuMs()).isCloseTo(0.14 + 0.41 + 0.13 + 0 + 0.007, within(1e-12));
        // line 896 "… 0.26+|2026…", 897 "0.31/0.32/0+0.015 ms cpu, 2|2026…", 898 a whole log line,
        // 899 "->2->1 MB, 2|2026…", 900 " MB goal, 0 MB stacks, 0 MB globals, 2 P"
        GcCycle gc110 = cycle(cycles, 110);
        assertThat(List.of(gc110.heapStartMb(), gc110.heapEndMb(), gc110.liveHeapMb(), gc110.goalMb()))
                .containsExactly(2.0, 2.0, 1.0, 2.0);
        assertThat(gc110.cpuMs()).isCloseTo(0.26 + 0.31 + 0.32 + 0 + 0.015, within(1e-12));
        // every other line is skipped: 1148 lines − 112 gc starts − 12 continuation pieces
        assertThat(run.context().skippedLines()).isEqualTo(1148 - 112 - 12);
    }

    @Test
    void pieceswithAnsiCodesAndBlankLinesBetweenAreRejoinedAndAmbiguousOnesSkippedWithAWarning() throws Exception {
        // gc 106 of the split capture, its pieces separated by an ANSI-coloured log line and blank lines.
        String text = """
                gc 105 @3.087s 3%: 0.051+6.7+0.051 ms clock, 0.10+0/2.9/0+0.10 ms cpu, 2->2->1 MB, 2 MB goal, 0 MB stacks, 0 MB globals, 2 P
                gc 106 @3.098s 3%: 0.071+1.1+0.003 ms clock, 0.14+0.49/0/0+0.007 ms cpu, 2->[36mINFO[0m draining

                [33mWARN[0m slow client

                2->1 MB, 2 MB goal, 0 MB stacks, 0 MB globals, 2 P
                gc 107 @3.100s 3%: 0.020+2.6+0.006 ms clock, 0.041+0.061/1.7/0.004+0.012 ms cpu, 2->2->1 MB, 27 connections left
                 MB goal, 0 MB stacks, 0 MB globals, 2 P
                gc 108 @3.102s 3%: 0.019+0.37+0.95 ms clock, 0.039+0.34/0.11/0+1.9 ms cpu, 2->2->1 MB, 2 MB goal, 0 MB stacks, 0 MB globals, 2 P
                gc 109 @3.105s 3%: 0.019+0.37+0.95 ms clock, INFO bye
                """;
        ImportRun run = ImportRun.of(importer, text);
        List<GcCycle> cycles = cycles(run);
        assertThat(run.context().problemCount()).isZero();
        assertThat(cycles).extracting(GcCycle::number).containsExactly(105, 106, 108);
        assertThat(cycle(cycles, 106).heapEndMb()).isEqualTo(2.0);
        assertThat(cycle(cycles, 106).liveHeapMb()).isEqualTo(1.0);
        // gc 107: "2" + "7 connections left" or "27" + " connections left"? No log line around says which.
        assertThat(english(run.context().warnings())).containsExactly(
                "line 7: a gc line broken by other output written in the middle of it, skipped: its pieces fit together"
                        + " in more than one way (the interrupting text cannot be told apart from the gc fields around it):"
                        + " 'gc 107 @3.100s 3%: 0.020+2.6+0.006 ms cl…'",
                "line 10: a gc line broken by other output written in the middle of it, skipped: no piece that continues"
                        + " it in the next 8 lines: 'gc 109 @3.105s 3%: 0.019+0.37+0.95 ms cl…'",
                "1 gc line(s) were broken by other output written in the middle of them and were rejoined from their"
                        + " pieces (gc 106 from lines 2+6)",
                "1 gc cycle(s) missing from the numbering (first gap before line 9): lines were lost from the capture,"
                        + " so rates and percentiles cover only the cycles present");
    }

    @Test
    void readsGo118LinesWithoutStacksAndGlobalsAndOldScavengerLines() throws Exception {
        // The shape printed by Go 1.18 and older (no "MB stacks"/"MB globals") and the scavenger lines
        // gctrace=1 printed up to Go 1.12; written by hand in those shapes.
        String text = """
                gc 1 @0.012s 2%: 0.026+0.39+0.10 ms clock, 0.21+0.88/0.52/0+0.84 ms cpu, 4->4->0 MB, 5 MB goal, 8 P
                scvg0: inuse: 3, idle: 60, sys: 63, released: 0, consumed: 63 (MB)
                gc 2 @1.500s 1%: 0.031+1.2+0.020 ms clock, 0.25+0.10/0.90/1.1+0.16 ms cpu, 5->6->1 MB, 6 MB goal, 8 P (forced)
                scvg: 0 MB released
                """;
        ImportRun run = ImportRun.of(importer, text);
        List<GcCycle> cycles = cycles(run);
        assertThat(run.context().skippedLines()).isEqualTo(2);
        GcCycle one = cycles.get(0);
        assertThat(one.pauseMs()).isCloseTo(0.126, within(1e-12));
        assertThat(one.concurrentMs()).isEqualTo(0.39);
        assertThat(one.cpuMs()).isCloseTo(0.21 + 0.88 + 0.52 + 0 + 0.84, within(1e-12));
        assertThat(List.of(one.heapStartMb(), one.heapEndMb(), one.liveHeapMb(), one.goalMb())).containsExactly(4.0, 4.0, 0.0, 5.0);
        assertThat(one.procs()).isEqualTo(8);
        GcCycle two = cycles.get(1);
        assertThat(two.forced()).isTrue();
        assertThat(two.pauseMs()).isCloseTo(0.051, within(1e-12));
        assertThat(two.procs()).isEqualTo(8);
        assertThat(run.result().gcTraces().getFirst().settings()).containsEntry("gomaxprocs", "8");
    }

    @Test
    void aDamagedGcLineIsARowProblemNamingColumnAndPart() throws Exception {
        String text = """
                gc 1 @0.012s 2%: 0.026+0.39+0.10 ms clock, 0.21+0.88/0.52/0+0.84 ms cpu, 4->4->0 MB, 5 MB goal, 8 P
                gc 2 @0.020s 2%: 0.026+x+0.10 ms clock, 0.21+0.88/0.52/0+0.84 ms cpu, 4->4->0 MB, 5 MB goal, 8 P
                gc 3 @0.030s 150%: 0.026+0.3+0.10 ms clock, 0.21+0.88/0.52/0+0.84 ms cpu, 4->4->0 MB, 5 MB goal, 8 P
                gc 4 @0.040s 2%: 0.026+0.3+0.10 ms clock, 0.21+0.88/0.52/0+0.84 ms cpu, 4->4->0 MB, 5 MB goal, 8 P
                """;
        ImportRun run = ImportRun.of(importer, text);
        assertThat(cycles(run)).extracting(GcCycle::number).containsExactly(1, 4);
        assertThat(EnglishText.inEnglish(run.context().problems())).containsExactly(
                new Problem(2, 24, "clock", "the concurrent mark wall-clock ms", "'x+0.10 ms clock, 0.21+0.88/0.52/0+0.84 m…'"),
                new Problem(3, null, "gc %", "a cumulative GC percentage of at most 100", "'150'"));
        assertThat(run.context().problems().getFirst().message().english())
                .isEqualTo("line 2, column 24 (clock): expected the concurrent mark wall-clock ms, found 'x+0.10 ms clock, 0.21+0.88/0.52/0+0.84 m…'");
        assertThat(run.context().rejected()).isEqualTo(2);
    }

    @Test
    void aSecondProcessRunBecomesASecondTraceAndGapsAreReported() throws Exception {
        String line = " 2%%: 0.1+1.0+0.1 ms clock, 0.2+0.1/0.5/0+0.2 ms cpu, 4->5->2 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 4 P%n";
        String text = ("gc 1 @0.1s" + line + "gc 2 @0.2s" + line + "gc 5 @0.5s" + line
                + "gc 1 @0.1s" + line + "gc 2 @0.3s" + line).formatted();
        ImportRun run = ImportRun.of(importer, text, Map.of("label", "api"));
        List<GcTraceData> traces = run.result().gcTraces();
        assertThat(traces).extracting(GcTraceData::label).containsExactly("api run 1", "api run 2");
        assertThat(traces.get(0).cycles()).extracting(GcCycle::number).containsExactly(1, 2, 5);
        assertThat(traces.get(1).cycles()).extracting(GcCycle::number).containsExactly(1, 2);
        assertThat(english(run.context().warnings())).containsExactly(
                "line 4: gc 1 follows gc 5: the capture holds another process run from here on; it is read as a separate trace",
                "2 gc cycle(s) missing from the numbering (first gap before line 3): lines were lost from the capture,"
                        + " so rates and percentiles cover only the cycles present");
    }

    @Test
    void aPrefixBeforeGcAndTrailingBlanksAreTolerated() throws Exception {
        String text = "2025-05-01T10:00:00.000Z stderr F gc 7 @3.5s 1%: 0.1+1.0+0.2 ms clock, 0.2+0.1/0.5/0+0.2 ms cpu,"
                + " 4->5->2 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 4 P  \n";
        GcCycle cycle = cycles(ImportRun.of(importer, text)).getFirst();
        assertThat(cycle.number()).isEqualTo(7);
        assertThat(cycle.pauseMs()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void aFileWithoutGcLinesCannotBeRead() {
        assertThatThrownBy(() -> ImportRun.of(importer, "2025/05/01 INFO starting\n2025/05/01 INFO done\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("expected at least one gc line like 'gc 1 @0.012s 2%: … ms clock, … ms cpu, 4->5->2 MB, 5 MB goal, … 4 P'"
                        + " (go-gctrace), found none in 2 lines");
    }

    @Test
    void detectsCapturesByContent() {
        assertThat(importer.detect(ImportRun.head("gc/healthy-gctrace.txt"))).isEqualTo(95);
        assertThat(importer.detect(ImportRun.head("gc/ansi-pacer-gctrace.txt"))).isEqualTo(95);
        assertThat(importer.detect(ImportRun.head("gc/leak-gctrace.txt"))).isEqualTo(95);
        String chatty = "INFO a\nINFO b\nINFO c\ngc 1 @0.002s 14%: 0.064+15+0.003 ms clock, 0.12+4.3/1.0/0+0.007 ms cpu,"
                + " 3->6->5 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P\nINFO d\n";
        assertThat(importer.detect(chatty)).isEqualTo(80);
        assertThat(importer.detect(ImportRun.head("gc/leak-gc.csv"))).isZero();
        assertThat(importer.detect(ImportRun.head("gc/healthy-gctrace.hey.txt"))).isZero();
        assertThat(importer.detect(ImportRun.head("chaos/events.csv"))).isZero();
    }
}
