package dev.benchboard.ingest.format.structured;

import static dev.benchboard.ingest.EnglishText.english;

import static dev.benchboard.ingest.format.structured.Imported.assertHistogramPercentile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.evidence.RunData;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawLatencyCsvImporterTest {

    private final RawLatencyCsvImporter importer = new RawLatencyCsvImporter();

    /**
     * From {@code /usr/bin/python3 src/test/fixtures-tools/expected_values.py}: raw requests.csv n=2001
     * errors=32 mean=8.811295852073963 min=0.77 max=1000.0 stdev=62.87377759900726, nearest-rank
     * {50: 4.213, 75: 6.097, 90: 8.498, 95: 10.366, 99: 15.13, 99.9: 1000.0}, duration_s=4.914,
     * rows back in time 1 (first at line 1003), statuses {200: 1969, 0: 8, 503: 24}.
     */
    @Test
    void readsEveryRequest() throws Exception {
        Imported imported = Imported.fixture(importer, "raw-latency-csv/requests.csv");
        RunData run = imported.run();
        assertThat(run.requests()).isEqualTo(2001);
        assertThat(run.errors()).isEqualTo(32);
        assertThat(run.statusCodes()).isEqualTo(Map.of(200, 1969L, 0, 8L, 503, 24L));
        assertThat(run.meanMs()).isCloseTo(8.811295852073963, within(1e-9));
        assertThat(run.stdevMs()).isCloseTo(62.87377759900726, within(1e-9));
        assertThat(run.minMs()).isEqualTo(0.77);
        assertThat(run.maxMs()).isEqualTo(1000.0);
        assertHistogramPercentile(run, 50, 4.213);
        assertHistogramPercentile(run, 75, 6.097);
        assertHistogramPercentile(run, 90, 8.498);
        assertHistogramPercentile(run, 95, 10.366);
        assertHistogramPercentile(run, 99, 15.13);
        assertHistogramPercentile(run, 99.9, 1000.0);
        assertThat(run.latencyOrigin()).isEqualTo(LatencyOrigin.HDR_HISTOGRAM);
        assertThat(run.durationSeconds()).isCloseTo(4.914, within(1e-12));
        assertThat(run.throughputRps()).isCloseTo(2001 / 4.914, within(1e-9));
        assertThat(run.perSecond().stream().mapToLong(b -> b.requests()).sum()).isEqualTo(2001);
        assertThat(run.perSecond().stream().mapToLong(b -> b.errors()).sum()).isEqualTo(32);
        assertThat(run.settings()).containsEntry("latency_column", "latency_ms");
        assertThat(imported.context().problemCount()).isZero();
        assertThat(imported.context().accepted()).isEqualTo(2001);
    }

    @Test
    void theOnePassRowReaderAgreesWithTheCarefulPath() throws Exception {
        // A blank after each comma keeps every row valid but sends it down the cell-by-cell path:
        // both paths must give the same run, bit for bit.
        String text;
        try (var in = getClass().getResourceAsStream(Imported.FIXTURES + "raw-latency-csv/requests.csv")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        RunData fast = Imported.text(importer, text).run();
        RunData careful = Imported.text(importer, text.replace(",", ", ")).run();
        assertThat(careful.requests()).isEqualTo(fast.requests()).isEqualTo(2001);
        assertThat(careful.errors()).isEqualTo(fast.errors());
        assertThat(careful.meanMs()).isEqualTo(fast.meanMs());
        assertThat(careful.stdevMs()).isEqualTo(fast.stdevMs());
        assertThat(careful.durationSeconds()).isEqualTo(fast.durationSeconds());
        assertThat(careful.statusCodes()).isEqualTo(fast.statusCodes());
        assertThat(careful.perSecond()).isEqualTo(fast.perSecond());
        assertThat(careful.histogram()).isEqualTo(fast.histogram());
    }

    @Test
    void keepsRowsOutOfTimeOrderButWarns() throws Exception {
        Imported imported = Imported.fixture(importer, "raw-latency-csv/requests.csv");
        assertThat(english(imported.context().warnings())).contains("1 rows have timestamps earlier than a previous row (first at"
                + " line 1003); kept — each request is counted in the second it completed");
    }

    /**
     * raw iso-microseconds.csv: n=500 errors=10 mean=0.8977480000000001 min=0.301 max=2.588,
     * nearest-rank {50: 0.842, 99: 1.875}, duration_s=1.247989013671875.
     */
    @Test
    void readsMicrosecondsAndIsoTimestamps() throws Exception {
        Imported imported = Imported.fixture(importer, "raw-latency-csv/iso-microseconds.csv");
        RunData run = imported.run();
        assertThat(run.requests()).isEqualTo(500);
        assertThat(run.errors()).isEqualTo(10);
        assertThat(run.meanMs()).isCloseTo(0.897748, within(1e-12));
        assertThat(run.minMs()).isCloseTo(0.301, within(1e-15));
        assertHistogramPercentile(run, 50, 0.842);
        assertHistogramPercentile(run, 99, 1.875);
        assertThat(run.durationSeconds()).isCloseTo(1.247989013671875, within(1e-6));
        assertThat(run.settings()).containsEntry("latency_column", "latency_us");
        assertThat(english(imported.context().warnings())).noneMatch(w -> w.contains("UTC") || w.contains("earlier"));
    }

    @Test
    void readsSecondsAndRowsWithoutTimestampOrStatus() throws Exception {
        Imported imported = Imported.text(importer, "latency_s\n0.0125\n0.5\n");
        RunData run = imported.run();
        assertThat(run.meanMs()).isEqualTo(256.25);
        assertThat(run.errors()).isZero();
        assertThat(run.statusCodes()).isEmpty();
        assertThat(run.perSecond()).isEmpty();
        assertThat(run.durationSeconds()).isNull();
        assertThat(run.coordinatedOmission()).isTrue();
    }

    @Test
    void reportsBadRowsNamingLineFieldAndExpectation() throws Exception {
        String csv = """
                timestamp,latency_ms,status
                1772445600000,5.5,200
                1772445600001,NaN,200
                1772445600002,-1,200
                1772445600003,3600000.5,200
                1772445600004,=1+2,200
                1772445600005,4.0
                1772445600006,4.0,2xx
                yesterday,4.0,200
                1772445600008,"4.5",200
                1772445600009,4.0,
                """;
        Imported imported = Imported.text(importer, csv);
        assertThat(imported.context().problems()).extracting(p -> p.message().english()).containsExactly(
                "line 3 (latency_ms): expected a latency between 0 and 1 h (3600000 ms), found 'NaN'",
                "line 4 (latency_ms): expected a latency between 0 and 1 h (3600000 ms), found '-1'",
                "line 5 (latency_ms): expected a latency between 0 and 1 h (3600000 ms), found '3600000.5'",
                "line 6 (latency_ms): expected a latency between 0 and 1 h (3600000 ms), found a spreadsheet formula '=1+2'",
                "line 7: expected 3 columns (as in the header), found 2",
                "line 8 (status): expected an HTTP status code 0…999 (0 = no response), found '2xx'",
                "line 9 (timestamp): expected epoch seconds/milliseconds or an ISO-8601 time, found 'yesterday'");
        RunData run = imported.run();
        assertThat(run.requests()).isEqualTo(3);                     // lines 2, 10 (quoted) and 11 (no status)
        assertThat(run.meanMs()).isCloseTo((5.5 + 4.5 + 4.0) / 3, within(1e-12));
        assertThat(run.statusCodes()).isEqualTo(Map.of(200, 2L));
    }

    @Test
    void warnsAboutACutOffLastLineInsteadOfRejectingIt() throws Exception {
        Imported imported = Imported.text(importer, "latency_ms,status\n5,200\n6,200\n7,2");
        assertThat(imported.run().requests()).isEqualTo(3);         // "7,2" is still a valid row
        Imported cut = Imported.text(importer, "latency_ms,status\n5,200\n6,200\n7");
        assertThat(cut.run().requests()).isEqualTo(2);
        assertThat(cut.context().problemCount()).isZero();
        assertThat(cut.context().skippedLines()).isEqualTo(1);
        assertThat(english(cut.context().warnings())).contains(
                "line 4: the last line is incomplete (the file ends without a newline — cut off?); ignored");
    }

    @Test
    void readsZonelessIsoTimesAsUtcAndSaysSo() throws Exception {
        Imported imported = Imported.text(importer, "timestamp,latency_ms\n2026-03-02 10:00:00.5,5\n2026-03-02 10:00:01.5,6\n");
        assertThat(imported.run().durationSeconds()).isCloseTo(1.006, within(1e-12));
        assertThat(english(imported.context().warnings())).contains("timestamps without a time zone were read as UTC");
    }

    @Test
    void dropsThePerSecondSeriesOfTimestampsSpanningYears() throws Exception {
        // timestamps 30 days apart: 40 rows span more than three years
        StringBuilder csv = new StringBuilder("timestamp,latency_ms\n");
        for (int i = 0; i < 40; i++) csv.append(1_772_445_600L + (long) i * 30 * 86_400).append(",5\n");
        Imported imported = Imported.text(importer, csv.toString());
        assertThat(imported.run().perSecond()).isEmpty();
        assertThat(imported.run().requests()).isEqualTo(40);
        assertThat(english(imported.context().warnings())).contains("timestamps span more than 31 days; no per-second series"
                + " was kept (are they all in the same unit?)");
    }

    @Test
    void failsWithoutALatencyColumnOrRows() {
        assertThatThrownBy(() -> Imported.text(importer, "timestamp,status\n1,200\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 1: expected a latency_ms, latency_us or latency_s column (raw-latency-csv),"
                        + " found header 'timestamp,status'");
        assertThatThrownBy(() -> Imported.text(importer, "latency_ms\n-1\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 2 (latency_ms): expected a latency between 0 and 1 h (3600000 ms) (raw-latency-csv), found '-1'");
        assertThatThrownBy(() -> Imported.text(importer, "latency_ms\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 2: expected at least one data row (raw-latency-csv), found none");
    }

    @Test
    void detectsRawLatencyHeaders() throws Exception {
        assertThat(importer.detect(Imported.head("raw-latency-csv/requests.csv"))).isEqualTo(90);
        assertThat(importer.detect("latency_us\n5\n")).isEqualTo(80);
        assertThat(importer.detect(Imported.head("generic-csv/runs.csv"))).isZero();
        assertThat(importer.detect(Imported.head("jmeter-jtl/results.jtl"))).isZero();
        assertThat(importer.detect(Imported.head("k6-summary/summary-export.json"))).isZero();
    }
}
