package dev.benchboard.ingest.format.structured;

import static dev.benchboard.ingest.EnglishText.english;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.Percentile;
import dev.benchboard.evidence.RunData;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Figures are the reports' own (vegeta/*.json, in the shape of vegeta's lib/metrics.go JSON encoding). */
class VegetaReportImporterTest {

    private final VegetaReportImporter importer = new VegetaReportImporter();

    @Test
    void readsTheReportInMilliseconds() throws Exception {
        Imported imported = Imported.fixture(importer, "vegeta/report.json");
        RunData run = imported.run();
        // latencies in ns: mean 1335719, min 249388, max 5786456, 50th 1178910 … 99th 3836147
        assertThat(run.meanMs()).isCloseTo(1.335719, within(1e-12));
        assertThat(run.minMs()).isCloseTo(0.249388, within(1e-12));
        assertThat(run.maxMs()).isCloseTo(5.786456, within(1e-12));
        assertThat(run.percentiles()).usingElementComparator((a, b) ->
                a.percentile() == b.percentile() && Math.abs(a.valueMs() - b.valueMs()) < 1e-12 && a.origin() == b.origin() ? 0 : 1)
                .containsExactly(
                        new Percentile(50, 1.178910, LatencyOrigin.T_DIGEST),
                        new Percentile(90, 2.287479, LatencyOrigin.T_DIGEST),
                        new Percentile(95, 2.691238, LatencyOrigin.T_DIGEST),
                        new Percentile(99, 3.836147, LatencyOrigin.T_DIGEST));
        assertThat(run.latencyOrigin()).isEqualTo(LatencyOrigin.T_DIGEST);
        assertThat(run.coordinatedOmission()).isFalse();
        assertThat(run.requests()).isEqualTo(1000);
        assertThat(run.errors()).isZero();
        assertThat(run.statusCodes()).isEqualTo(Map.of(200, 1000L));
        // duration + wait = 4995008551 + 552910 ns; throughput = 1000 requests over it
        assertThat(run.durationSeconds()).isCloseTo(4.995561461, within(1e-12));
        assertThat(run.throughputRps()).isCloseTo(1000 / 4.995561461, within(1e-9));
        assertThat(run.metrics()).containsEntry("vegeta_rate", 200.19985747567944)
                .containsEntry("vegeta_throughput", 200.17769930505915).containsEntry("bytes_in", 13000.0);
        assertThat(english(imported.context().warnings())).contains("vegeta's percentiles are t-digest estimates (mean, min and max are exact)");
        assertThat(imported.context().problemCount()).isZero();
    }

    @Test
    void countsNon2xxAndNoResponseAsErrorsFromTheStatusCodes() throws Exception {
        Imported imported = Imported.fixture(importer, "vegeta/report-errors.json");
        RunData run = imported.run();
        // status_codes {"0":4,"200":283,"500":13}, success 0.9433333333333334 = 283 / 300
        assertThat(run.requests()).isEqualTo(300);
        assertThat(run.errors()).isEqualTo(17);
        assertThat(run.statusCodes()).isEqualTo(Map.of(0, 4L, 200, 283L, 500, 13L));
        assertThat(run.settings().get("errors")).isEqualTo("500 Internal Server Error | Get \"http://127.0.0.1:8080/hello\":"
                + " dial tcp 127.0.0.1:8080: connect: connection refused");
        assertThat(english(imported.context().warnings())).noneMatch(w -> w.contains("does not match"));
    }

    @Test
    void readsOldReportsWithout90thAndMin() throws Exception {
        RunData run = Imported.fixture(importer, "vegeta/report-old.json").run();
        assertThat(run.percentiles()).extracting(Percentile::percentile).containsExactly(50.0, 95.0, 99.0);
        assertThat(run.minMs()).isNull();
        assertThat(run.maxMs()).isCloseTo(3.819356, within(1e-12));
    }

    @Test
    void handlesBomAndCrlf() throws Exception {
        Imported imported = Imported.fixture(importer, "vegeta/report-bom-crlf.json");
        RunData run = imported.run();
        assertThat(run.requests()).isEqualTo(400);
        assertThat(run.meanMs()).isCloseTo(1.376333, within(1e-12));
        assertThat(imported.context().problemCount()).isZero();
        assertThat(importer.detect(Imported.head("vegeta/report-bom-crlf.json"))).isEqualTo(95);
    }

    @Test
    void rejectsASuccessRatioAboveOne() throws Exception {
        String json = "{\"latencies\":{\"mean\":1000000,\"50th\":900000},\"requests\":10,\"success\":1.5,"
                + "\"status_codes\":{\"200\":10}}";
        Imported imported = Imported.text(importer, json);
        assertThat(imported.context().problems()).singleElement()
                .satisfies(p -> assertThat(p.message().english()).isEqualTo("line 1, column 69 (success): expected a ratio between 0 and 1, found 1.5"));
        assertThat(imported.run().errors()).isZero();
    }

    @Test
    void rejectsALatencyAboveAnHour() throws Exception {
        String json = "{\"latencies\":{\"mean\":1000000,\"50th\":900000,\"max\":3600000000001},\"requests\":10}";
        Imported imported = Imported.text(importer, json);
        assertThat(imported.context().problems()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("latencies.max"));
        assertThat(imported.run().maxMs()).isNull();
    }

    @Test
    void failsOnTruncatedJson() {
        assertThatThrownBy(() -> Imported.text(importer, "{\"latencies\":{\"mean\":1000000,\"50th\":9"))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 1, column 38: expected the rest of the object and its closing '}' (vegeta),"
                        + " found the end of the file (truncated?)");
    }

    @Test
    void failsOnAReportWithoutRequests() {
        assertThatThrownBy(() -> Imported.text(importer, "{\"latencies\":{\"mean\":0},\"requests\":0}"))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 1, column 36 (requests): expected a report of at least one request (vegeta), found 0 requests");
    }

    @Test
    void detectsVegetaReportsOnly() throws Exception {
        assertThat(importer.detect(Imported.head("vegeta/report.json"))).isEqualTo(95);
        assertThat(importer.detect(Imported.head("vegeta/report-old.json"))).isEqualTo(95);
        assertThat(importer.detect(Imported.head("k6-summary/summary-export.json"))).isZero();
        assertThat(importer.detect(Imported.head("generic-json/array.json"))).isZero();
        assertThat(importer.detect("timestamp,latency_ms\n1,2\n")).isZero();
    }

    /**
     * The latency check the fuzzing asked for (see HeyTextImporterTest): a report whose 99th is above
     * its max (here the fixture's max replaced by 3 ms) keeps no latency figures and has a problem.
     */
    @Test
    void aPercentileAboveTheMaxIsAProblemNotData() throws Exception {
        String text = new String(getClass().getResourceAsStream(Imported.FIXTURES + "vegeta/report.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("\"max\":5786456", "\"max\":3000000");
        Imported imported = Imported.text(importer, text);
        assertThat(imported.context().problems()).extracting(p -> p.message().english()).containsExactly("line 1 (latency figures):"
                + " expected latency figures that agree (min ≤ mean ≤ max, percentiles rising with their rank and within"
                + " min..max), found P99 = 3.836147 ms above max 3 ms; the run's latency figures were left out");
        assertThat(imported.run().percentiles()).isEmpty();
        assertThat(imported.run().maxMs()).isNull();
        assertThat(imported.run().requests()).isEqualTo(1000L);
    }
}
