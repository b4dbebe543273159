package dev.benchboard.ingest.format.cli;

import static dev.benchboard.ingest.EnglishText.english;

import static dev.benchboard.ingest.format.cli.CliFixtures.parse;
import static dev.benchboard.ingest.format.cli.CliFixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.SecondBucket;
import dev.benchboard.ingest.source.TextSource;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fixtures are real hey 0.1.4 CSVs (make-cli-fixtures.sh hey): ok.csv = hey -n 5000 -c 20 -o csv /ok,
 * flaky.csv = hey -n 3000 -c 10 -o csv /flaky (HTTP 500s, 1.1 s stalls). hey prints either CSV or
 * the text summary, so the expected figures were computed from the CSV itself, independently, by
 * {@code python3 src/test/fixtures-tools/hey_csv_expected.py src/test/resources/fixtures/hey-csv/<f>.csv}
 * (exact mean/stdev/min/max, run length max(offset + response-time), nearest-rank percentiles moved
 * to the top of their HdrHistogram bucket).
 */
class HeyCsvImporterTest {

    private static final String HEADER = "response-time,DNS+dialup,DNS,Request-write,Response-delay,Response-read,status-code,offset\n";
    private final HeyCsvImporter importer = new HeyCsvImporter();

    @Test
    void computesTheRunFromEveryRequest() throws Exception {
        var parsed = parse(importer, "hey-csv/ok.csv");
        RunData run = parsed.run();
        // rows 5000, errors 0, status {200: 5000}
        assertThat(run.requests()).isEqualTo(5000L);
        assertThat(run.errors()).isZero();
        assertThat(run.statusCodes()).containsOnly(entry(200, 5000L));
        // mean_ms 0.839200000000, min 0.0000, max 7.3000, stdev_ms (n-1) 0.894216575924
        assertThat(run.meanMs()).isCloseTo(0.8392, within(1e-12));
        assertThat(run.minMs()).isZero();
        assertThat(run.maxMs()).isCloseTo(7.3, within(1e-12));
        assertThat(run.stdevMs()).isCloseTo(0.894216575924, within(1e-11));
        // duration_s 0.2227 = max(offset + response-time), rps 22451.728783116298
        assertThat(run.durationSeconds()).isCloseTo(0.2227, within(1e-12));
        assertThat(run.throughputRps()).isCloseTo(22451.728783116298, within(1e-8));
        assertThat(run.histogram().getTotalCount()).isEqualTo(5000);
        assertThat(run.latencyOrigin()).isEqualTo(LatencyOrigin.ROUNDED_0_1_MS);
        assertThat(run.coordinatedOmission()).isTrue();
        // phases: DNS+dialup avg 0.00168 max 0.9; Response-delay avg 0.75412 max 6.9; Response-read max 6.2
        assertThat(run.metrics().get("dns_dialup_avg_ms")).isCloseTo(0.00168, within(1e-12));
        assertThat(run.metrics().get("dns_dialup_slowest_ms")).isCloseTo(0.9, within(1e-12));
        assertThat(run.metrics().get("resp_wait_avg_ms")).isCloseTo(0.75412, within(1e-12));
        assertThat(run.metrics().get("resp_wait_slowest_ms")).isCloseTo(6.9, within(1e-12));
        assertThat(run.metrics().get("resp_read_slowest_ms")).isCloseTo(6.2, within(1e-12));
        assertThat(run.metrics().get("req_write_fastest_ms")).isZero();
        // one second of data: bucket 0 with all 5000 requests
        assertThat(run.perSecond()).singleElement().satisfies(b -> {
            assertThat(b.second()).isZero();
            assertThat(b.requests()).isEqualTo(5000);
            assertThat(b.errors()).isZero();
            assertThat(b.meanMs()).isCloseTo(0.8392, within(1e-12));
            assertThat(b.maxMs()).isCloseTo(7.3, within(1e-12));
        });
        // below_resolution 1: one row printed as 0.0000
        assertThat(english(parsed.context().warnings())).containsExactly(
                "1 response times printed as 0.0000 s (under hey's 0.1 ms resolution) were recorded in the histogram as 1 µs, its lowest value");
        assertThat(parsed.context().accepted()).isEqualTo(5000);
        assertThat(parsed.context().problemCount()).isZero();
    }

    @Test
    void theOnePassRowParserAgreesWithTheCarefulPath() throws Exception {
        // A blank after each comma is still a valid hey row, but it sends every row down the careful
        // field-by-field path: both paths must give the same run, bit for bit.
        String text = new String(CliFixtures.bytes("hey-csv/flaky.csv"), StandardCharsets.UTF_8);
        RunData fast = parseText(importer, text).run();
        RunData careful = parseText(importer, text.replace(",", ", ").replaceFirst("(?m)^.*$", HEADER.strip())).run();
        assertThat(careful.requests()).isEqualTo(fast.requests()).isEqualTo(2999L);
        assertThat(careful.meanMs()).isEqualTo(fast.meanMs());
        assertThat(careful.stdevMs()).isEqualTo(fast.stdevMs());
        assertThat(careful.maxMs()).isEqualTo(fast.maxMs());
        assertThat(careful.durationSeconds()).isEqualTo(fast.durationSeconds());
        assertThat(careful.statusCodes()).isEqualTo(fast.statusCodes());
        assertThat(careful.metrics()).isEqualTo(fast.metrics());
        assertThat(careful.perSecond()).isEqualTo(fast.perSecond());
        assertThat(careful.histogram()).isEqualTo(fast.histogram());
    }

    @Test
    void percentilesComeFromTheHistogram() throws Exception {
        var parsed = parse(importer, "hey-csv/ok.csv");
        // hdr_ms from hey_csv_expected.py: p10 0.200 p25 0.300 p50 0.600 p75 1.000 p90 1.700 p95 2.601 p99 5.003 p99.9 6.303
        assertThat(parsed.run().percentiles()).extracting(p -> p.percentile())
                .containsExactly(10.0, 25.0, 50.0, 75.0, 90.0, 95.0, 99.0, 99.9);
        assertThat(parsed.run().percentiles()).extracting(p -> p.valueMs())
                .containsExactly(0.2, 0.3, 0.6, 1.0, 1.7, 2.601, 5.003, 6.303);
        assertThat(parsed.run().percentiles()).allMatch(p -> p.origin() == LatencyOrigin.ROUNDED_0_1_MS);
    }

    @Test
    void countsResponsesOutside2xx3xxAsErrorsPerSecond() throws Exception {
        RunData run = parse(importer, "hey-csv/flaky.csv").run();
        // rows 2999, errors 300, status {200: 2699, 500: 300}, mean 2.551083694565, stdev 49.184621064843,
        // max 1101.7, duration 3.3376, rps 898.549856184084, p99 3.001, p99.9 1101.823
        assertThat(run.requests()).isEqualTo(2999L);
        assertThat(run.errors()).isEqualTo(300L);
        assertThat(run.statusCodes()).containsOnly(entry(200, 2699L), entry(500, 300L));
        assertThat(run.meanMs()).isCloseTo(2.551083694565, within(1e-11));
        assertThat(run.stdevMs()).isCloseTo(49.184621064843, within(1e-9));
        assertThat(run.maxMs()).isCloseTo(1101.7, within(1e-9));
        assertThat(run.durationSeconds()).isCloseTo(3.3376, within(1e-12));
        assertThat(run.throughputRps()).isCloseTo(898.549856184084, within(1e-9));
        assertThat(run.percentiles()).filteredOn(p -> p.percentile() == 99.0).extracting(p -> p.valueMs()).containsExactly(3.001);
        assertThat(run.percentiles()).filteredOn(p -> p.percentile() == 99.9).extracting(p -> p.valueMs()).containsExactly(1101.823);
        // per_second_buckets 4 (0..3); first bucket 2319 requests, mean 2.311427339370, max 1101.7
        assertThat(run.perSecond()).extracting(SecondBucket::second).containsExactly(0L, 1L, 2L, 3L);
        SecondBucket first = run.perSecond().getFirst();
        assertThat(first.requests()).isEqualTo(2319);
        assertThat(first.meanMs()).isCloseTo(2.311427339370, within(1e-11));
        assertThat(first.maxMs()).isCloseTo(1101.7, within(1e-9));
        assertThat(run.perSecond().stream().mapToLong(SecondBucket::errors).sum()).isEqualTo(300);
    }

    @Test
    void aRowWithTheWrongColumnCountIsARowProblem() throws Exception {
        var parsed = parseText(importer, HEADER
                + "0.0017,0.0004,0.0000,0.0001,0.0011,0.0001,200,0.0002\n"
                + "0.0012,0.0001,0.0000,0.0007,0.0003,0.0000,200\n"
                + "0.0012,0.0001,0.0000,0.0005,0.0006,0.0000,200,0.0013,9\n");
        assertThat(parsed.problemMessages()).containsExactly(
                "line 3: expected 8 columns (hey CSV), found 7",
                "line 4: expected 8 columns (hey CSV), found 9");
        assertThat(parsed.context().rejected()).isEqualTo(2);
        assertThat(parsed.run().requests()).isEqualTo(1L);
    }

    @Test
    void nanNegativeAndAbsurdValuesAreRowProblemsNamingTheColumn() throws Exception {
        var parsed = parseText(importer, HEADER
                + "-0.0010,0.0004,0.0000,0.0001,0.0011,0.0001,200,0.0002\n"
                + "0.0012,0.0001,0.0000,0.0007,NaN,0.0000,200,0.0013\n"
                + "4000.0000,0.0001,0.0000,0.0007,0.0003,0.0000,200,0.0013\n"
                + "0.0012,0.0001,0.0000,0.0007,0.0003,0.0000,999,0.0013\n"
                + "0.0012,0.0001,0.0000,0.0007,0.0003,0.0000,200,-1.0000\n"
                + "0.0020,0.0001,0.0000,0.0007,0.0003,0.0000,503,1.5000\n");
        assertThat(parsed.problemMessages()).containsExactly(
                "line 2, column 1 (response-time): expected a time in seconds between 0 and 3600, found '-0.0010'",
                "line 3, column 5 (response-delay): expected a time in seconds between 0 and 3600, found 'NaN'",
                "line 4, column 1 (response-time): expected a time in seconds between 0 and 3600, found '4000.0000'",
                "line 5, column 7 (status-code): expected an HTTP status code 100..599, found '999'",
                "line 6, column 8 (offset): expected seconds since hey started (≥ 0), found '-1.0000'");
        RunData run = parsed.run();
        assertThat(run.requests()).isEqualTo(1L);
        assertThat(run.errors()).isEqualTo(1L);
        assertThat(run.meanMs()).isCloseTo(2.0, within(1e-12));
        assertThat(run.durationSeconds()).isCloseTo(1.502, within(1e-12));
    }

    @Test
    void skipsAndCountsLinesThatAreNotHeys() throws Exception {
        var parsed = parseText(importer, HEADER
                + "\u001B[32mINFO\u001B[0m server started, port 8080\n"
                + "0.0017,0.0004,0.0000,0.0001,0.0011,0.0001,200,0.0002\n"
                + "2024/05/01 12:00:01 listening on :8080\n"
                + "GET /ok 200, 0.3ms\n"
                + "0.0013,0.0004,0.0000,0.0001,0.0011,0.0001,200,0.0004\n");
        assertThat(parsed.context().skippedLines()).isEqualTo(3);
        assertThat(parsed.context().problemCount()).isZero();
        assertThat(parsed.run().requests()).isEqualTo(2L);
    }

    @Test
    void aTruncatedLastRowIsWarnedAboutAndNotUsed() throws Exception {
        // ok.csv with its last 3 bytes cut: the last row's offset reads 0.22 instead of 0.2225.
        var parsed = parse(importer, "hey-csv/truncated.csv");
        assertThat(english(parsed.context().warnings())).contains("line 5001 is cut off (the file ends without a line end, so the"
                + " capture was truncated); it was not used: '…00,0.0000,0.0000,0.0001,0.0000,200,0.22'");
        assertThat(parsed.run().requests()).isEqualTo(4999L);
        assertThat(parsed.context().problemCount()).isZero();
    }

    @Test
    void readsOlderHeyCsvWithoutStatusAndOffset() throws Exception {
        // hey before status-code/offset were added printed six columns (requester/print.go printCSV).
        var parsed = parseText(importer, "response-time,DNS+dialup,DNS,Request-write,Response-delay,Response-read\n"
                + "0.0017,0.0004,0.0000,0.0001,0.0011,0.0001\n0.0013,0.0004,0.0000,0.0001,0.0011,0.0001\n");
        RunData run = parsed.run();
        assertThat(run.requests()).isEqualTo(2L);
        assertThat(run.meanMs()).isCloseTo(1.5, within(1e-12));
        assertThat(run.errors()).isNull();
        assertThat(run.durationSeconds()).isNull();
        assertThat(run.perSecond()).isEmpty();
        assertThat(english(parsed.context().warnings())).anyMatch(w -> w.startsWith("no offset column"));
    }

    @Test
    void aFileWithoutAHeyHeaderIsNotReadable() {
        assertThatThrownBy(() -> parseText(importer, "latency_ms,status\n1.2,200\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("line 1: expected a header 'response-time,DNS+dialup,DNS,Request-write,");
    }

    @Test
    void streamsAMillionRowsInBoundedMemory() throws Exception {
        // 1,000,000 generated rows (~55 MB), never held in memory: response-time cycles 0.0001..0.0100 s,
        // status 500 every 100th row, offset = row / 10000 s. Expected mean = mean of 1..100 × 0.1 ms = 5.05 ms.
        long rows = 1_000_000;
        InputStream in = new InputStream() {
            private byte[] current = HEADER.getBytes(StandardCharsets.US_ASCII);
            private int pos;
            private long row;

            @Override
            public int read() {
                if (pos == current.length) {
                    if (row == rows) return -1;
                    long i = row++;
                    String line = String.format("%.4f,0.0001,0.0000,0.0000,%.4f,0.0000,%d,%.4f%n",
                            (i % 100 + 1) / 10000.0, (i % 100 + 1) / 10000.0, i % 100 == 99 ? 500 : 200, i / 10000.0);
                    current = line.getBytes(StandardCharsets.US_ASCII);
                    pos = 0;
                }
                return current[pos++];
            }
        };
        ImportContext context = new ImportContext(ImportLimits.defaults(), Map.of());
        long start = System.nanoTime();
        RunData run;
        try (TextSource source = TextSource.open(in, ImportLimits.defaults(), null)) {
            run = importer.parse(source, context).runs().getFirst();
        }
        System.out.printf("hey CSV: %,d rows in %.2f s%n", rows, (System.nanoTime() - start) / 1e9);
        assertThat(run.requests()).isEqualTo(rows);
        assertThat(run.errors()).isEqualTo(rows / 100);
        assertThat(run.meanMs()).isCloseTo(5.05, within(1e-9));
        assertThat(run.perSecond()).hasSize(100);
        assertThat(run.durationSeconds()).isCloseTo(99.9999 + 0.01, within(1e-9));
    }
}
