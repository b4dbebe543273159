package dev.benchboard.ingest.format.structured;

import static dev.benchboard.ingest.EnglishText.english;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.RunData;
import org.junit.jupiter.api.Test;

/**
 * Fixtures are real JMH 1.37 runs of src/test/fixtures-tools/jmh (make-more-tool-fixtures.sh jmh); the
 * expected values are copied from the table JMH printed (*.console.txt), which rounds to 3 decimals.
 */
class JmhJsonImporterTest {

    private final JmhJsonImporter importer = new JmhJsonImporter();

    @Test
    void eachBenchmarkModeAndParamIsABenchmarkWithItsScore() throws Exception {
        Imported imported = Imported.fixture(importer, "jmh/modes.json");
        assertThat(imported.labels()).containsExactly(
                "bench.StringJoinBenchmark.builder(size=10) thrpt", "bench.StringJoinBenchmark.builder(size=1000) thrpt",
                "bench.StringJoinBenchmark.joiner(size=10) thrpt", "bench.StringJoinBenchmark.joiner(size=1000) thrpt",
                "bench.StringJoinBenchmark.builder(size=10) avgt", "bench.StringJoinBenchmark.builder(size=1000) avgt",
                "bench.StringJoinBenchmark.joiner(size=10) avgt", "bench.StringJoinBenchmark.joiner(size=1000) avgt");
        // modes.console.txt: "StringJoinBenchmark.builder 10 thrpt 3 0.176 ± 0.667 ops/us"
        RunData thrpt = imported.run("bench.StringJoinBenchmark.builder(size=10) thrpt");
        assertThat(thrpt.metrics()).containsOnlyKeys("ops/us");
        assertThat(thrpt.metrics().get("ops/us")).isCloseTo(0.176, within(0.0005));
        assertThat(Double.parseDouble(thrpt.settings().get("score_error"))).isCloseTo(0.667, within(0.0005));
        assertThat(thrpt.settings()).containsEntry("iterations", "3").containsEntry("param.size", "10")
                .containsEntry("mode", "thrpt").containsEntry("jmhVersion", "1.37").containsEntry("forks", "1");
        // "StringJoinBenchmark.joiner 1000 avgt 3 191.200 ± 1503.578 us/op"
        RunData avgt = imported.run("bench.StringJoinBenchmark.joiner(size=1000) avgt");
        assertThat(avgt.metrics().get("us/op")).isCloseTo(191.200, within(0.0005));
        assertThat(Double.parseDouble(avgt.settings().get("score_error"))).isCloseTo(1503.578, within(0.0005));
        // a benchmark result, not a load test
        assertThat(avgt.requests()).isNull();
        assertThat(avgt.percentiles()).isEmpty();
        assertThat(imported.context().problemCount()).isZero();
    }

    @Test
    void sampleModeKeepsThePercentilesJmhPrints() throws Exception {
        Imported imported = Imported.fixture(importer, "jmh/sample.json");
        assertThat(imported.result().runs()).hasSize(4);
        RunData run = imported.run("bench.StringJoinBenchmark.builder(size=1000) sample");
        // sample.console.txt: "StringJoinBenchmark.builder 1000 sample 5536 292.195 ± 129.762 us/op",
        // ":p0.00 6.120", ":p0.50 8.232", ":p0.90 84.006", ":p0.99 7795.917", ":p0.999 46122.926", ":p1.00 84148.224"
        assertThat(run.metrics().get("us/op")).isCloseTo(292.195, within(0.0005));
        assertThat(Double.parseDouble(run.settings().get("score_error"))).isCloseTo(129.762, within(0.0005));
        assertThat(run.settings()).containsEntry("samples", "5536");
        assertThat(run.metrics().get("p0.00 us/op")).isCloseTo(6.120, within(0.0005));
        assertThat(run.metrics().get("p0.50 us/op")).isCloseTo(8.232, within(0.0005));
        assertThat(run.metrics().get("p0.90 us/op")).isCloseTo(84.006, within(0.0005));
        assertThat(run.metrics().get("p0.99 us/op")).isCloseTo(7795.917, within(0.0005));
        assertThat(run.metrics().get("p0.999 us/op")).isCloseTo(46122.926, within(0.0005));
        assertThat(run.metrics().get("p1.00 us/op")).isCloseTo(84148.224, within(0.0005));
        // "StringJoinBenchmark.builder 10 sample 48138 26.115 ± 32.123 us/op"
        RunData small = imported.run("bench.StringJoinBenchmark.builder(size=10) sample");
        assertThat(small.settings()).containsEntry("samples", "48138");
        assertThat(small.metrics().get("us/op")).isCloseTo(26.115, within(0.0005));
    }

    @Test
    void aCutOffFileKeepsTheCompleteResults() throws Exception {
        Imported imported = Imported.fixture(importer, "jmh/truncated.json");
        assertThat(imported.labels()).containsExactly("bench.StringJoinBenchmark.builder(size=10) sample",
                "bench.StringJoinBenchmark.builder(size=1000) sample");
        assertThat(english(imported.context().warnings())).anyMatch(w -> w.contains("2 complete results"));
        // cut before any result is complete: nothing to keep, refused with the place of the cut
        assertThatThrownBy(() -> Imported.text(importer, "[{\"benchmark\": \"x\", \"primary"))
                .isInstanceOf(ImportException.class).hasMessageContaining("line 1");
    }

    @Test
    void aResultWithoutAScoreIsAProblemAndTheOthersStay() throws Exception {
        Imported imported = Imported.text(importer, """
                [{"benchmark": "a.B.x", "mode": "avgt", "primaryMetric": {"score": 1.5, "scoreUnit": "ns/op"}},
                 {"benchmark": "a.B.y", "mode": "avgt", "primaryMetric": {"score": "NaN", "scoreUnit": "ns/op"}}]
                """);
        assertThat(imported.labels()).containsExactly("a.B.x avgt");
        assertThat(imported.context().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("primaryMetric.score");
        });
    }

    @Test
    void detectsJmhFilesOnly() throws Exception {
        assertThat(importer.detect(Imported.head("jmh/modes.json"))).isEqualTo(97);
        assertThat(importer.detect(Imported.head("jmh/sample.json"))).isEqualTo(97);
        assertThat(importer.detect(Imported.head("generic-json/array.json"))).isZero();
        assertThat(importer.detect(Imported.head("autocannon/ok.json"))).isZero();
    }
}
