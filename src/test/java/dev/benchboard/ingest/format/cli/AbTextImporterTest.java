package dev.benchboard.ingest.format.cli;

import static dev.benchboard.ingest.EnglishText.english;

import static dev.benchboard.ingest.format.cli.CliFixtures.parse;
import static dev.benchboard.ingest.format.cli.CliFixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.RunData;
import org.junit.jupiter.api.Test;

/**
 * Fixtures are real ApacheBench 2.3 reports (make-ab-siege-fixtures.sh ab): ok.txt = ab -n 5000 -c 20 /ok,
 * flaky.txt = ab -r -n 2000 -c 10 /flaky (HTTP 500s, closed connections, 1.1 s stalls), with-progress.txt =
 * ab -n 3000 -c 8 /ok with stderr merged, truncated.txt = ok.txt without its last 7 bytes. Expected values
 * are the figures ab printed in those files.
 */
class AbTextImporterTest {

    private static final double EPS = 1e-9;
    private final AbTextImporter importer = new AbTextImporter();

    @Test
    void readsTheFiguresAbPrinted() throws Exception {
        var parsed = parse(importer, "ab/ok.txt");
        RunData run = parsed.run();
        assertThat(run.concurrency()).isEqualTo(20.0);             // Concurrency Level:      20
        assertThat(run.durationSeconds()).isEqualTo(0.911);        // Time taken for tests:   0.911 seconds
        assertThat(run.requests()).isEqualTo(5000L);               // Complete requests:      5000
        assertThat(run.throughputRps()).isEqualTo(5488.85);        // Requests per second:    5488.85 [#/sec] (mean)
        assertThat(run.metrics().get("throughput_recomputed_rps")).isCloseTo(5000 / 0.911, within(EPS));
        assertThat(run.metrics()).containsEntry("time_per_request_ms", 3.644).containsEntry("time_per_request_across_ms", 0.182)
                .containsEntry("transfer_rate_kbytes_per_s", 802.85).containsEntry("ab_total_transferred_bytes", 748896.0)
                .containsEntry("ab_html_transferred_bytes", 208896.0);
        // Connection Times (ms) Total:  1    4   3.6      2      44
        assertThat(run.minMs()).isEqualTo(1.0);
        assertThat(run.meanMs()).isEqualTo(4.0);
        assertThat(run.stdevMs()).isEqualTo(3.6);
        assertThat(run.maxMs()).isEqualTo(44.0);
        assertThat(run.metrics()).containsEntry("total_median_ms", 2.0).containsEntry("connect_max_ms", 19.0)
                .containsEntry("processing_sd_ms", 3.3).containsEntry("waiting_mean_ms", 2.0);
        // 50% 2, 66% 3, 75% 3, 80% 4, 90% 7, 95% 10, 98% 16, 99% 23, 100% 44 (longest request)
        assertThat(run.percentiles()).extracting(p -> p.percentile()).containsExactly(50.0, 66.0, 75.0, 80.0, 90.0, 95.0, 98.0, 99.0, 100.0);
        assertThat(run.percentiles()).extracting(p -> p.valueMs()).containsExactly(2.0, 3.0, 3.0, 4.0, 7.0, 10.0, 16.0, 23.0, 44.0);
        assertThat(run.percentiles()).allMatch(p -> p.origin() == LatencyOrigin.REPORTED);
        assertThat(run.settings()).containsEntry("percentile_resolution", "1 ms (ab prints whole milliseconds)");
        assertThat(run.coordinatedOmission()).isTrue();
        assertThat(parsed.context().settings()).containsEntry("ab_version", "2.3").containsEntry("ab_document_path", "/ok");
        assertThat(parsed.context().problemCount()).isZero();
    }

    @Test
    void lengthFailuresOfADynamicBodyAreNotErrors() throws Exception {
        // Failed requests: 4992 (Connect: 0, Receive: 0, Length: 4992, Exceptions: 0): /ok's body carries a counter.
        var parsed = parse(importer, "ab/ok.txt");
        assertThat(parsed.run().errors()).isZero();
        assertThat(parsed.run().metrics()).containsEntry("ab_length_failures", 4992.0).containsEntry("ab_failed_requests", 4992.0);
        assertThat(english(parsed.context().warnings())).anyMatch(w -> w.startsWith("4992 'Length' failures"));
    }

    @Test
    void countsNon2xxAndNonLengthFailuresAsErrors() throws Exception {
        // flaky.txt: Failed 255 (Length: 255), Non-2xx responses: 194, Requests per second 1556.80, 100% 1103
        RunData run = parse(importer, "ab/flaky.txt").run();
        assertThat(run.requests()).isEqualTo(2000L);
        assertThat(run.errors()).isEqualTo(194L);
        assertThat(run.metrics()).containsEntry("non_2xx_responses", 194.0).containsEntry("ab_length_failures", 255.0);
        assertThat(run.throughputRps()).isEqualTo(1556.80);
        assertThat(run.maxMs()).isEqualTo(1103.0);
        assertThat(run.stdevMs()).isEqualTo(49.2);
        assertThat(run.percentiles().getLast().valueMs()).isEqualTo(1103.0);
        assertThat(run.concurrency()).isEqualTo(10.0);
    }

    @Test
    void skipsProgressLinesAndKeepsAbsWarning() throws Exception {
        // stderr merged: 10 "Completed N requests" + "Finished 3000 requests"; ab's "ERROR: The median and mean …" warning
        var parsed = parse(importer, "ab/with-progress.txt");
        assertThat(parsed.run().requests()).isEqualTo(3000L);
        assertThat(parsed.run().throughputRps()).isEqualTo(8341.86);
        assertThat(parsed.run().percentiles()).extracting(p -> p.valueMs()).containsExactly(1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 2.0, 2.0, 7.0);
        assertThat(english(parsed.context().warnings())).anyMatch(w -> w.contains("ab printed: ERROR: The median and mean for the waiting time"));
        assertThat(parsed.context().skippedLines()).isGreaterThanOrEqualTo(11);
        assertThat(parsed.context().problemCount()).isZero();
    }

    @Test
    void aCutOffLastLineIsNotUsed() throws Exception {
        // truncated.txt ends " 100%     44 (longest re": the 100 % row is withheld, the rest is read
        var parsed = parse(importer, "ab/truncated.txt");
        assertThat(parsed.run().percentiles()).extracting(p -> p.percentile()).containsExactly(50.0, 66.0, 75.0, 80.0, 90.0, 95.0, 98.0, 99.0);
        assertThat(parsed.run().throughputRps()).isEqualTo(5488.85);
        assertThat(english(parsed.context().warnings())).anyMatch(w -> w.contains("is cut off"));
    }

    @Test
    void aBadValueIsAProblemNamingLineAndField() throws Exception {
        String text = CliFixtures.text("ab/ok.txt").replace("Requests per second:    5488.85 [#/sec] (mean)",
                "Requests per second:    5488.85 [#/sec] (mean)\nTime taken for tests:   -1 seconds");
        var parsed = parseText(importer, text);
        assertThat(parsed.problemMessages()).singleElement().asString().contains("(Time taken for tests)").contains("'-1'");
    }

    @Test
    void aFileWithoutAReportIsRefused() {
        assertThatThrownBy(() -> parseText(importer, "This is ApacheBench, Version 2.3\nBenchmarking 127.0.0.1 (be patient)\n"))
                .isInstanceOf(ImportException.class).hasMessageContaining("Requests per second");
    }

    @Test
    void detectsAbButNotHey() {
        assertThat(importer.detect(CliFixtures.head("ab/ok.txt"))).isEqualTo(98);
        assertThat(importer.detect(CliFixtures.head("hey/ok.txt"))).isZero();
    }
}
