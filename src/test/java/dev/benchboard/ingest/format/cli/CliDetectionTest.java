package dev.benchboard.ingest.format.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.ingest.model.Importer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each fixture is recognised by content as its own format, above every other command-line importer. */
class CliDetectionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "wrk/latency-ok.txt, wrk",
            "wrk/errors.txt, wrk",
            "wrk/no-latency.txt, wrk",
            "wrk/with-app-log.txt, wrk",
            "wrk/truncated.txt, wrk",
            "wrk2/rate2000.txt, wrk2",
            "hey/ok.txt, hey",
            "hey/errors.txt, hey",
            "hey-csv/ok.csv, hey-csv",
            "hey-csv/flaky.csv, hey-csv",
            "hey-csv/truncated.csv, hey-csv",
            "hdr-percentiles/hey-ok-ms.txt, hdr-percentiles",
            "hdr-percentiles/hey-ok-us.txt, hdr-percentiles",
            "hdr-percentiles/hey-ok-ms.csv, hdr-percentiles",
            "go-bench/baseline.txt, go-bench",
            "go-bench/slowed.txt, go-bench",
            "go-bench/count10.txt, go-bench",
            "ab/ok.txt, ab",
            "ab/flaky.txt, ab",
            "ab/with-progress.txt, ab",
            "ab/truncated.txt, ab",
            "ab-percentiles/ok.csv, ab-percentiles",
            "ab-gnuplot/ok.tsv, ab-gnuplot",
            "ab-gnuplot/truncated.tsv, ab-gnuplot",
            "siege/ok.txt, siege",
            "siege/flaky.txt, siege",
            "siege/quiet.txt, siege",
            "siege/ok.json, siege",
            "siege/flaky.json, siege",
            "siege/truncated.txt, siege",
            "siege-log/runs.csv, siege-log",
    })
    void detectsEachFixtureAsItsOwnFormat(String fixture, String format) {
        String head = CliFixtures.head(fixture);
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Importer importer : CliFixtures.IMPORTERS) scores.put(importer.format(), importer.detect(head));
        int own = scores.get(format);
        assertThat(own).as("%s scores %s", fixture, scores).isGreaterThanOrEqualTo(80);
        scores.forEach((other, score) -> {
            if (!other.equals(format)) assertThat(score).as("%s scores %s", fixture, scores).isLessThan(own);
        });
    }

    @Test
    void unrelatedTextIsNoneOfThem() {
        String k6 = "{\"metrics\":{\"http_req_duration\":{\"avg\":12.3,\"p(95)\":20.1}}}\n";
        String jtl = "timeStamp,elapsed,label,responseCode\n1700000000000,12,home,200\n";
        String log = "2024/05/01 12:00:00 server started\nGET /ok 200 0.3ms\n";
        for (Importer importer : CliFixtures.IMPORTERS) {
            assertThat(importer.detect(k6)).as(importer.format()).isZero();
            assertThat(importer.detect(jtl)).as(importer.format()).isZero();
            assertThat(importer.detect(log)).as(importer.format()).isZero();
        }
    }

    @Test
    void detectionSeesThroughAnsiColour() {
        String coloured = "\u001B[1mRunning 10s test @ http://127.0.0.1:8080/\u001B[0m\n  2 threads and 10 connections\n";
        assertThat(new WrkTextImporter().detect(coloured)).isGreaterThanOrEqualTo(80);
    }
}
