package dev.benchboard.ingest.format.structured;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.ingest.model.Importer;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every fixture is claimed by its own importer, with a clear margin over the others. */
class DetectionTest {

    private static final List<Importer> IMPORTERS = List.of(new K6SummaryImporter(), new K6NdjsonImporter(),
            new JMeterJtlImporter(), new VegetaReportImporter(), new GenericCsvImporter(), new GenericJsonImporter(),
            new RawLatencyCsvImporter(), new AutocannonJsonImporter(), new JmhJsonImporter(),
            new GatlingSimulationLogImporter(), new GatlingStatsJsonImporter());

    @ParameterizedTest
    @CsvSource({
        "k6-summary/summary-export.json, k6-summary",
        "k6-summary/handle-summary.json, k6-summary",
        "k6-summary/handle-summary-p99-arrival-rate.json, k6-summary",
        "k6-ndjson/k6-out.json.gz, k6-ndjson",
        "jmeter-jtl/results.jtl, jmeter-jtl",
        "jmeter-jtl/few-columns.jtl, jmeter-jtl",
        "vegeta/report.json, vegeta",
        "vegeta/report-old.json, vegeta",
        "vegeta/report-bom-crlf.json, vegeta",
        "generic-csv/runs.csv, generic-csv",
        "generic-csv/excel-bom-crlf.csv, generic-csv",
        "generic-json/candidate.json, generic-json",
        "generic-json/array.json, generic-json",
        "raw-latency-csv/requests.csv, raw-latency-csv",
        "raw-latency-csv/iso-microseconds.csv, raw-latency-csv",
        "autocannon/ok.json, autocannon",
        "autocannon/appended.ndjson, autocannon",
        "jmh/modes.json, jmh",
        "jmh/sample.json, jmh",
        "gatling/simulation.log, gatling-log",
        "gatling/stats.json, gatling-stats",
    })
    void eachFixtureIsDetectedAsItsFormat(String fixture, String format) throws Exception {
        String head = Imported.head(fixture);
        List<Importer> ranked = IMPORTERS.stream().sorted(Comparator.comparingInt((Importer i) -> i.detect(head)).reversed()).toList();
        assertThat(ranked.getFirst().format()).isEqualTo(format);
        assertThat(ranked.getFirst().detect(head)).isGreaterThanOrEqualTo(80);
        assertThat(ranked.get(1).detect(head)).as("runner-up %s", ranked.get(1).format()).isZero();
    }

    /**
     * Found by fuzzing (ArbitraryInputFuzzTest.tokenSoup): a first line whose CSV quotes do not make one
     * record made the CSV detectors (JMeter JTL, generic CSV, raw latency CSV) throw a
     * NullPointerException; the registry swallowed it, hiding the bug. Such a line is no CSV header.
     */
    @Test
    void aFirstLineWithUnbalancedQuotesIsNoCsvHeader() {
        for (String head : List.of("\"http://127.0.0.1:18471/flaky\":", "a,\"b\"c\"\n")) {
            assertThat(CsvHead.columns(head)).as(head).isEmpty();
            for (Importer importer : List.of(new JMeterJtlImporter(), new GenericCsvImporter(), new RawLatencyCsvImporter())) {
                assertThat(importer.detect(head)).as(importer.format() + " on " + head).isZero();
            }
        }
    }
}
