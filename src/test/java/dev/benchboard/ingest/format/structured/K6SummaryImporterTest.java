package dev.benchboard.ingest.format.structured;

import static dev.benchboard.ingest.EnglishText.english;

import static dev.benchboard.ingest.format.structured.Imported.percentile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.Percentile;
import dev.benchboard.evidence.RunData;
import org.junit.jupiter.api.Test;

/**
 * Figures are the fixture's own (k6-summary/*.json, written by src/test/fixtures-tools/generate_fixtures.py
 * in the shapes of k6's js/summary-wrapper.js and js/summary_test.go).
 */
class K6SummaryImporterTest {

    private final K6SummaryImporter importer = new K6SummaryImporter();

    @Test
    void readsTheLegacySummaryExport() throws Exception {
        Imported imported = Imported.fixture(importer, "k6-summary/summary-export.json");
        RunData run = imported.run();

        assertThat(run.requests()).isEqualTo(853);
        assertThat(run.throughputRps()).isEqualTo(283.1186599094352);
        assertThat(run.errors()).isEqualTo(31);                       // http_req_failed.passes
        assertThat(run.meanMs()).isEqualTo(13.938711520515827);
        assertThat(run.minMs()).isEqualTo(0.0);
        assertThat(run.maxMs()).isEqualTo(67.964751);
        assertThat(run.percentiles()).containsExactly(
                new Percentile(50, 12.195397, LatencyOrigin.REPORTED),
                new Percentile(90, 22.852899, LatencyOrigin.REPORTED),
                new Percentile(95, 27.7329946, LatencyOrigin.REPORTED));
        assertThat(run.latencyOrigin()).isEqualTo(LatencyOrigin.REPORTED);
        assertThat(run.histogram()).isNull();
        // no state in the legacy export: count / rate = 853 / 283.1186599094352 s
        assertThat(run.durationSeconds()).isCloseTo(3.012871, within(1e-9));
        assertThat(run.concurrency()).isEqualTo(4.0);
        assertThat(run.metrics()).containsEntry("checks_passed", 822.0).containsEntry("checks_failed", 31.0)
                .containsEntry("iterations", 853.0).containsEntry("data_sent_bytes", 70799.0);
        assertThat(run.settings()).containsEntry("k6_summary_shape", "legacy --summary-export");
        assertThat(imported.context().problemCount()).isZero();
    }

    @Test
    void readsLegacyThresholdBooleansAsInverted() throws Exception {
        // the fixture writes "p(95)<40": false (p95 = 27.7 ms, passed) and "rate<0.01": true (3.6 % failed)
        RunData run = Imported.fixture(importer, "k6-summary/summary-export.json").run();
        assertThat(run.settings())
                .containsEntry("threshold http_req_duration p(95)<40", "passed")
                .containsEntry("threshold http_req_failed rate<0.01", "failed");
    }

    @Test
    void readsHandleSummaryThresholdsByTheirOkFlag() throws Exception {
        Imported imported = Imported.fixture(importer, "k6-summary/handle-summary.json");
        RunData run = imported.run();
        assertThat(run.settings())
                .containsEntry("threshold http_req_duration p(95)<40", "passed")
                .containsEntry("threshold http_req_failed rate<0.01", "failed")
                .containsEntry("k6_summary_shape", "handleSummary data");
        assertThat(english(imported.context().warnings())).contains("k6 thresholds failed: http_req_failed rate<0.01");
    }

    @Test
    void readsHandleSummaryDataWithItsRunDuration() throws Exception {
        RunData run = Imported.fixture(importer, "k6-summary/handle-summary.json").run();
        assertThat(run.durationSeconds()).isEqualTo(3.012871);       // state.testRunDurationMs / 1000
        assertThat(run.requests()).isEqualTo(853);
        assertThat(run.errors()).isEqualTo(31);
        assertThat(run.throughputRps()).isEqualTo(283.1186599094352);
        assertThat(percentile(run, 95).valueMs()).isEqualTo(27.7329946);
        assertThat(run.settings()).doesNotContainKey("duration_source");
    }

    @Test
    void saysSoWhenTheDefaultTrendStatsHaveNoP99AndDoesNotInventOne() throws Exception {
        Imported imported = Imported.fixture(importer, "k6-summary/handle-summary.json");
        assertThat(imported.run().percentiles()).extracting(Percentile::percentile).containsExactly(50.0, 90.0, 95.0);
        assertThat(english(imported.context().warnings())).anyMatch(w -> w.startsWith("k6 reported no p99"));
    }

    @Test
    void takesP99WhenAskedForAndAnArrivalRateExecutorAsOpenLoop() throws Exception {
        Imported imported = Imported.fixture(importer, "k6-summary/handle-summary-p99-arrival-rate.json");
        RunData run = imported.run();
        assertThat(percentile(run, 99)).isEqualTo(new Percentile(99, 40.40027524000001, LatencyOrigin.REPORTED));
        assertThat(run.coordinatedOmission()).isFalse();
        assertThat(run.settings()).containsEntry("executor", "constant-arrival-rate");
        assertThat(english(imported.context().warnings())).noneMatch(w -> w.contains("p99") || w.contains("closed-loop"));
    }

    @Test
    void treatsARunWithoutExecutorAsClosedLoopAndWarns() throws Exception {
        Imported imported = Imported.fixture(importer, "k6-summary/summary-export.json");
        assertThat(imported.run().coordinatedOmission()).isTrue();
        assertThat(english(imported.context().warnings())).anyMatch(w -> w.contains("does not say which executor ran"));
    }

    @Test
    void countsHttpReqFailedPassesAsTheFailedRequests() throws Exception {
        // a true sample of http_req_failed is a failed request: 2 failed, 98 fine
        String json = """
                {"metrics": {
                  "http_req_duration": {"type": "trend", "contains": "time", "values": {"avg": 5, "med": 4, "p(95)": 9}},
                  "http_reqs": {"type": "counter", "contains": "default", "values": {"count": 100, "rate": 50}},
                  "http_req_failed": {"type": "rate", "contains": "default", "values": {"rate": 0.02, "passes": 2, "fails": 98}}
                }}""";
        RunData run = Imported.text(importer, json).run();
        assertThat(run.errors()).isEqualTo(2);
        assertThat(run.durationSeconds()).isEqualTo(2.0);              // 100 / 50 per s
    }

    @Test
    void rejectsANegativeLatencyNamingLineAndField() throws Exception {
        String json = """
                {"metrics": {
                  "http_req_duration": {"avg": 5, "med": 4, "p(95)": -9},
                  "http_reqs": {"count": 10, "rate": 5}
                }}""";
        Imported imported = Imported.text(importer, json);
        assertThat(imported.context().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("metrics.http_req_duration.p(95)");
            assertThat(p.message().english()).isEqualTo("line 2, column 54 (metrics.http_req_duration.p(95)): expected a latency"
                    + " between 0 and 1 h (3600000 ms), found '-9'");
        });
        assertThat(imported.run().percentiles()).extracting(Percentile::percentile).containsExactly(50.0);
    }

    @Test
    void failsOnTruncatedJsonNamingWhereItEnded() {
        // line 3 is 40 characters long: the text ends at column 41
        String json = "{\n  \"metrics\": {\n    \"http_reqs\": {\"count\": 10, \"rate\": 5";
        assertThatThrownBy(() -> Imported.text(importer, json))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 3, column 41: expected the rest of the object and its closing '}' (k6-summary),"
                        + " found the end of the file (truncated?)");
    }

    @Test
    void failsWithoutTheHttpReqDurationMetric() {
        assertThatThrownBy(() -> Imported.text(importer, "{\"metrics\": {\"iterations\": {\"count\": 3}}}"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("(metrics.http_req_duration): expected the http_req_duration trend");
    }

    @Test
    void detectsBothShapesAndNothingElse() throws Exception {
        assertThat(importer.detect(Imported.head("k6-summary/summary-export.json"))).isEqualTo(95);
        assertThat(importer.detect(Imported.head("k6-summary/handle-summary.json"))).isEqualTo(95);
        assertThat(importer.detect("{\"metrics\": {\"http_reqs\": {\"count\": 1")).isEqualTo(75);
        assertThat(importer.detect(Imported.head("vegeta/report.json"))).isZero();
        assertThat(importer.detect(Imported.head("generic-json/candidate.json"))).isZero();
        assertThat(importer.detect(Imported.head("k6-ndjson/k6-out.json.gz"))).isZero();
        assertThat(importer.detect("candidate,run,rps,p99_ms\n")).isZero();
    }
}
