package dev.benchboard.report;

import dev.benchboard.evidence.SourceRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.RunData;
import dev.benchboard.stats.common.StatsSettings;
import dev.benchboard.stats.regression.Comparison;
import dev.benchboard.stats.regression.ComparisonInput;
import dev.benchboard.stats.regression.MetricComparison;
import dev.benchboard.stats.regression.RegressionAnalysis;
import dev.benchboard.stats.regression.Verdict;
import dev.benchboard.ingest.format.cli.GoBenchImporter;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.source.TextSource;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Load tests are compared like with like: the real wrk sweeps of fixtures/sweep (nine concurrency levels
 * per server, three rounds each under runs/) must give one comparison per level, never the nine levels
 * pooled as nine "repeated runs" of one test.
 */
class RegressionInputsTest {

    @Test
    void twoSweepsAreComparedLevelByLevelNotPooled() {
        List<ComparisonInput> inputs = RegressionInputs.between(items(levels("fasthttp"), "fasthttp"), items(levels("gin"), "gin")).inputs();

        assertThat(inputs).hasSize(9 * 3);
        assertThat(inputs).allSatisfy(input -> {
            ComparisonInput.RunValues values = (ComparisonInput.RunValues) input;
            assertThat(values.baseline()).hasSize(1);
            assertThat(values.candidate()).hasSize(1);
        });
        assertThat(inputs.stream().map(ComparisonInput::benchmark).distinct())
                .containsExactly(Arrays.stream(SweepFixtures.LEVELS).mapToObj(n -> "load test · " + n + " concurrent").toArray(String[]::new));
        // One run a side cannot reach α = 0.05: every row says so rather than giving a verdict.
        Comparison comparison = RegressionAnalysis.compare("Fasthttp", "Gin", inputs, StatsSettings.defaults());
        assertThat(comparison.rows()).extracting(MetricComparison::verdict).containsOnly(Verdict.INSUFFICIENT_DATA);
    }

    @Test
    void repeatedRoundsAtOneLevelAreTheSamplesOfThatLevel() {
        List<RunData> fasthttp = Stream.concat(rounds("fasthttp", 8), rounds("fasthttp", 16)).toList();
        List<RunData> gin = Stream.concat(rounds("gin", 8), rounds("gin", 16)).toList();

        RegressionInputs prepared = RegressionInputs.between(items(fasthttp, "fasthttp"), items(gin, "gin"));
        List<ComparisonInput> inputs = prepared.inputs();

        ComparisonInput.RunValues throughput = inputs.stream().map(ComparisonInput.RunValues.class::cast)
                .filter(v -> v.benchmark().equals("load test · 8 concurrent") && v.metric().equals("throughput"))
                .findFirst().orElseThrow();
        // The Requests/sec wrk printed in runs/c8-r1…3.txt (was requests / the run time printed to 10 ms, e.g.
        // 301625 / 4.00 s = 75406.25 against the printed 75365.16).
        assertThat(throughput.baseline()).containsExactly(75365.16, 74289.90, 81843.03);
        assertThat(throughput.candidate()).containsExactly(45018.68, 40984.77, 52206.86);
        assertThat(inputs.stream().map(ComparisonInput::benchmark).distinct())
                .containsExactly("load test · 8 concurrent", "load test · 16 concurrent");
        // Each compared level names the files its values came from, per side.
        assertThat(prepared.provenance().get("load test · 8 concurrent").baseline()).extracting(SourceRef::fileName)
                .containsExactly("fasthttp-0.txt", "fasthttp-1.txt", "fasthttp-2.txt");
        assertThat(prepared.provenance().get("load test · 16 concurrent").candidate()).extracting(SourceRef::fileName)
                .containsExactly("gin-3.txt", "gin-4.txt", "gin-5.txt");

        // scipy.stats.mannwhitneyu(fasthttp, gin, alternative='two-sided', method='auto') → U = 9, p = 0.1:
        // complete separation, the smallest p three runs a side can give, still above α = 0.05.
        MetricComparison row = RegressionAnalysis.compare("Fasthttp", "Gin", inputs, StatsSettings.defaults()).rows().stream()
                .filter(r -> r.benchmark().equals("load test · 8 concurrent") && r.metric().equals("throughput"))
                .findFirst().orElseThrow();
        assertThat(row.pValue()).isCloseTo(0.1, within(1e-12));
        assertThat(row.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    }

    @Test
    void runsUnderDifferentLabelsOrWithoutAStatedConcurrencyAreNotMixed() {
        List<RunData> a = List.of(run("GET /a", 8.0, 1000), run("GET /b", 8.0, 2000), run(null, null, 3000));
        List<RunData> b = List.of(run("GET /a", 8.0, 1100), run("GET /b", 16.0, 2200), run(null, null, 3300));

        List<ComparisonInput> inputs = RegressionInputs.between(items(a, "a"), items(b, "b")).inputs();

        assertThat(inputs.stream().map(ComparisonInput::benchmark).distinct())
                .as("GET /b ran at different concurrency on each side: nothing to compare")
                .containsExactly("GET /a · 8 concurrent", "load test · load not stated");
        // Runs of unknown load are listed, never tested: they are not like-for-like with each other.
        assertThat(inputs.stream().filter(i -> i.benchmark().startsWith("load test"))).allSatisfy(i ->
                assertThat(i).isInstanceOf(ComparisonInput.NotComparable.class));
        ComparisonInput.RunValues getA = inputs.stream().filter(ComparisonInput.RunValues.class::isInstance)
                .map(ComparisonInput.RunValues.class::cast).filter(v -> v.benchmark().startsWith("GET /a") && v.metric().equals("throughput")).findFirst().orElseThrow();
        assertThat(getA.baseline()).containsExactly(1000.0);
        assertThat(getA.candidate()).containsExactly(1100.0);
    }

    @Test
    void aCandidatesPooledFiguresSayWhenTheyMixLoads() {
        LatencySection sweep = LatencySection.of("Gin", items(levels("gin"), "gin"), StatisticsSettings.defaults());
        assertThat(english(sweep.warnings())).contains("runs at 9 concurrency levels (1, 2, 4, 8, 16, 32, 64, 128, 256) are pooled"
                + " here: the throughput and percentiles mix different loads; see the capacity page for the sweep and the"
                + " regression table for level-by-level comparisons");
        assertThat(sweep.pooledConcurrency()).containsExactly(1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0);

        LatencySection repeated = LatencySection.of("Gin", items(rounds("gin", 8).toList(), "gin"), StatisticsSettings.defaults());
        assertThat(repeated.warnings()).noneMatch(w -> w.english().contains("concurrency levels"));
        assertThat(repeated.pooledConcurrency()).isEmpty();
    }

    /**
     * A Go benchmark's rows come in the order {@code go test -bench} printed its units (benchstat's order too), the
     * same from one run of the JVM to the next: fixtures/go-bench (see GoBenchImporterTest), e.g.
     * {@code BenchmarkChecksum-2  6270  59422 ns/op  68.93 MB/s  0 B/op  0 allocs/op}.
     */
    @Test
    void aBenchmarksMetricsAreComparedInTheOrderTheFileGivesThem() {
        List<ComparisonInput> inputs = RegressionInputs.between(items(goBench("baseline.txt"), "baseline"),
                items(goBench("slowed.txt"), "slowed")).inputs();
        assertThat(inputs).extracting(i -> i.benchmark() + " " + i.metric()).containsExactly(
                "BenchmarkParseQuery ns/op", "BenchmarkParseQuery B/op", "BenchmarkParseQuery allocs/op",
                "BenchmarkEncodeRecords ns/op", "BenchmarkEncodeRecords records/op", "BenchmarkEncodeRecords B/op",
                "BenchmarkEncodeRecords allocs/op",
                "BenchmarkChecksum ns/op", "BenchmarkChecksum MB/s", "BenchmarkChecksum B/op", "BenchmarkChecksum allocs/op");
    }

    private static List<RunData> goBench(String file) {
        try (InputStream in = RegressionInputsTest.class.getResourceAsStream("/fixtures/go-bench/" + file);
             TextSource source = TextSource.open(in, ImportLimits.defaults(), null)) {
            ImportContext context = new ImportContext(ImportLimits.defaults(), Map.of());
            List<RunData> runs = new GoBenchImporter().parse(source, context).runs();
            assertThat(context.problemCount()).isZero();
            return runs;
        } catch (Exception e) {
            throw new AssertionError(file + " did not import", e);
        }
    }

    private static List<RunData> levels(String server) {
        return Arrays.stream(SweepFixtures.LEVELS).mapToObj(n -> SweepFixtures.run(server, n)).toList();
    }

    private static Stream<RunData> rounds(String server, int connections) {
        return IntStream.rangeClosed(1, 3).mapToObj(r -> SweepFixtures.file(server + "/runs/c" + connections + "-r" + r + ".txt"));
    }

    private static RunData run(String label, Double concurrency, long requests) {
        return RunData.builder().label(label).concurrency(concurrency).requests((Long) requests).durationSeconds(1.0)
                .percentile(50, 1.0, LatencyOrigin.REPORTED).percentile(99, 5.0, LatencyOrigin.REPORTED).build();
    }

    /** One upload per run, named {@code <side>-<index>.txt}. */
    private static List<Evidence.RunItem> items(List<RunData> runs, String side) {
        return IntStream.range(0, runs.size()).mapToObj(i -> new Evidence.RunItem(new Evidence.Source(i + 1, side + "-" + i + ".txt",
                "wrk", "0".repeat(64), Instant.EPOCH, null, false), i, runs.get(i))).toList();
    }

    /** The sentences as the API writes them. */
    private static java.util.List<String> english(java.util.List<dev.benchboard.format.Sentence> sentences) {
        return sentences.stream().map(dev.benchboard.format.Sentence::english).toList();
    }
}
