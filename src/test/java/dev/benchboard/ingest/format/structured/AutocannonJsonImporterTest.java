package dev.benchboard.ingest.format.structured;

import static dev.benchboard.ingest.EnglishText.english;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.RunData;
import org.junit.jupiter.api.Test;

/**
 * Fixtures are real autocannon 9.0.0 runs against the fixture server (make-more-tool-fixtures.sh
 * autocannon); each JSON's table as autocannon printed it is beside it (*.table.txt) and the expected
 * values below are copied from those tables, not from our output.
 */
class AutocannonJsonImporterTest {

    private final AutocannonJsonImporter importer = new AutocannonJsonImporter();

    @Test
    void readsARunAsAutocannonPrintedIt() throws Exception {
        Imported imported = Imported.fixture(importer, "autocannon/ok.json");
        RunData run = imported.run();
        // ok.table.txt: Latency 2.5% 0 ms, 50% 0 ms, 97.5% 8 ms, 99% 15 ms, Avg 0.78 ms, Stdev 3.63 ms, Max 150 ms
        assertThat(Imported.percentile(run, 2.5).valueMs()).isZero();
        assertThat(Imported.percentile(run, 50).valueMs()).isZero();
        assertThat(Imported.percentile(run, 97.5).valueMs()).isEqualTo(8.0);
        assertThat(Imported.percentile(run, 99).valueMs()).isEqualTo(15.0);
        assertThat(Imported.percentile(run, 99.9).valueMs()).isEqualTo(36.0);    // latency table: 99.9 → 36
        assertThat(run.meanMs()).isEqualTo(0.78);
        assertThat(run.stdevMs()).isEqualTo(3.63);
        assertThat(run.maxMs()).isEqualTo(150.0);
        assertThat(run.minMs()).isNull();                                       // min is the smallest non-zero value
        assertThat(run.metrics()).containsEntry("latency_min_nonzero_ms", 1.0);
        // Req/Sec Avg 12,403.6; "62k requests in 5.19s" (requests.sent 62022; 62006 answered, all 200)
        assertThat(run.throughputRps()).isEqualTo(12403.6);
        assertThat(run.durationSeconds()).isEqualTo(5.19);
        assertThat(run.requests()).isEqualTo(62006L);
        assertThat(run.metrics()).containsEntry("requests_sent", 62022.0);
        assertThat(run.metrics().get("throughput_recomputed_rps")).isCloseTo(62006 / 5.19, within(1e-9));
        assertThat(run.errors()).isZero();
        assertThat(run.statusCodes()).containsOnly(entry(200, 62006L));
        assertThat(run.concurrency()).isEqualTo(16.0);
        assertThat(run.coordinatedOmission()).isTrue();
        assertThat(run.settings()).containsEntry("url", "http://127.0.0.1:18475/ok");
        assertThat(imported.context().problemCount()).isZero();
    }

    @Test
    void errorsAre4xxAnd5xxResponsesAndRequestsWithoutAResponse() throws Exception {
        RunData run = Imported.fixture(importer, "autocannon/flaky.json").run();
        // flaky.table.txt: "20536 2xx responses, 2287 non 2xx responses", "41 errors (41 timeouts)",
        // Latency 50% 4 ms, 97.5% 82 ms, 99% 125 ms, Avg 10.39 ms, Max 315 ms; Req/Sec Avg 4,565.4
        assertThat(run.requests()).isEqualTo(20536L + 2287 + 41);
        assertThat(run.errors()).isEqualTo(2287L + 41);
        assertThat(run.statusCodes()).containsOnly(entry(200, 20536L), entry(500, 2287L));
        assertThat(run.metrics()).containsEntry("timeouts", 41.0).containsEntry("socket_errors", 41.0);
        assertThat(Imported.percentile(run, 50).valueMs()).isEqualTo(4.0);
        assertThat(Imported.percentile(run, 97.5).valueMs()).isEqualTo(82.0);
        assertThat(Imported.percentile(run, 99).valueMs()).isEqualTo(125.0);
        assertThat(run.meanMs()).isEqualTo(10.39);
        assertThat(run.maxMs()).isEqualTo(315.0);
        assertThat(run.throughputRps()).isEqualTo(4565.4);
    }

    @Test
    void appendedRunsAreRunsAndTheLineBetweenThemIsSkipped() throws Exception {
        Imported imported = Imported.fixture(importer, "autocannon/appended.ndjson");
        assertThat(imported.result().runs()).hasSize(2);
        RunData ok = imported.result().runs().get(0);
        RunData flaky = imported.result().runs().get(1);
        // python3 -c "import json; [print(d['requests']['total'], d['5xx'], d['errors'], d['latency']['p99'])
        //   for d in map(json.loads, filter(lambda l: l.startswith('{'), open('appended.ndjson')))]" → 8648 0 0 14 / 3889 390 0 200
        assertThat(ok.requests()).isEqualTo(8648L);
        assertThat(ok.percentileMs(99)).isEqualTo(14.0);
        assertThat(flaky.requests()).isEqualTo(3889L);
        assertThat(flaky.errors()).isEqualTo(390L);
        assertThat(flaky.percentileMs(99)).isEqualTo(200.0);
        assertThat(imported.context().skippedLines()).isEqualTo(1);
    }

    @Test
    void aPrettyPrintedRunIsReadWithItsLineNumbers() throws Exception {
        String pretty = "{\n  \"url\": \"http://x\",\n  \"connections\": 2,\n  \"errors\": 0,\n  \"requests\": {\"average\": 10,"
                + " \"total\": 20},\n  \"latency\": {\"mean\": 1.5, \"max\": 3, \"p50\": 1, \"p99\": -3},\n  \"throughput\": {}\n}\n";
        Imported imported = Imported.text(importer, pretty);
        assertThat(imported.run().requests()).isEqualTo(20L);
        assertThat(imported.context().problems()).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(6)).satisfies(p -> assertThat(p.field()).isEqualTo("latency.p99"));
    }

    @Test
    void aCutOffResultIsAWarningAndAFileWithNothingElseIsRefused() throws Exception {
        assertThatThrownBy(() -> Imported.fixture(importer, "autocannon/truncated.json"))
                .isInstanceOf(ImportException.class).hasMessageContaining("cut-off");
        String okLine = new String(Imported.class.getResourceAsStream("/fixtures/autocannon/ok.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Imported imported = Imported.text(importer, okLine + okLine.substring(0, 300));
        assertThat(imported.result().runs()).hasSize(1);
        assertThat(english(imported.context().warnings())).anyMatch(w -> w.contains("line 2 is cut off"));
    }

    @Test
    void aBrokenRunIsAProblemAtItsLine() throws Exception {
        Imported imported = Imported.text(importer, "{\"latency\": {\"p50\": 1}, \"requests\": {\"total\": 3}, \"throughput\": {}, \"x\": tru}\n");
        assertThat(imported.result().runs()).isEmpty();
        assertThat(imported.context().problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(1));
    }

    @Test
    void detectsItsOwnOutputOnly() throws Exception {
        assertThat(importer.detect(Imported.head("autocannon/ok.json"))).isEqualTo(95);
        assertThat(importer.detect(Imported.head("autocannon/appended.ndjson"))).isEqualTo(95);
        assertThat(importer.detect(Imported.head("vegeta/report.json"))).isZero();
        assertThat(importer.detect(Imported.head("k6-summary/summary-export.json"))).isZero();
    }
}
