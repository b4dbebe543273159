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
 * Fixtures are real wrk 4.1.0 outputs (src/test/fixtures-tools/make-cli-fixtures.sh wrk); every
 * expected value below is the figure wrk printed in that file, converted by hand with wrk's units
 * (src/units.c: KB/MB = 1024/1024², k = 1000).
 */
class WrkTextImporterTest {

    private final WrkTextImporter importer = new WrkTextImporter();

    @Test
    void readsTheFiguresWrkPrinted() throws Exception {
        // wrk -t2 -c16 -d3s --latency http://127.0.0.1:18471/ok
        var parsed = parse(importer, "wrk/latency-ok.txt");
        RunData run = parsed.run();
        assertThat(run.settings()).containsEntry("url", "http://127.0.0.1:18471/ok").containsEntry("threads", "2")
                .containsEntry("connections", "16").containsEntry("duration", "3s");
        assertThat(run.requests()).isEqualTo(89962L);
        assertThat(run.durationSeconds()).isEqualTo(3.01);
        assertThat(run.throughputRps()).isEqualTo(29849.15);
        assertThat(run.concurrency()).isEqualTo(16.0);
        assertThat(run.errors()).isZero();
        // "Latency     1.66ms    3.36ms  42.54ms   90.72%"
        assertThat(run.meanMs()).isEqualTo(1.66);
        assertThat(run.stdevMs()).isEqualTo(3.36);
        assertThat(run.maxMs()).isEqualTo(42.54);
        assertThat(run.metrics()).containsEntry("latency_within_stdev_pct", 90.72);
        // "Req/Sec    15.02k     4.25k   22.45k    58.33%"
        assertThat(run.metrics().get("thread_rps_mean")).isCloseTo(15020, within(1e-9));
        assertThat(run.metrics().get("thread_rps_stdev")).isCloseTo(4250, within(1e-9));
        assertThat(run.metrics().get("thread_rps_max")).isCloseTo(22450, within(1e-9));
        // 50% 421.00us, 75% 1.62ms, 90% 4.73ms, 99% 15.30ms
        assertThat(parsed.percentile(50)).isCloseTo(0.421, within(1e-12));
        assertThat(parsed.percentile(75)).isEqualTo(1.62);
        assertThat(parsed.percentile(90)).isEqualTo(4.73);
        assertThat(parsed.percentile(99)).isEqualTo(15.30);
        assertThat(run.percentiles()).allMatch(p -> p.origin() == LatencyOrigin.REPORTED);
        // "12.94MB read", "Transfer/sec: 4.29MB": binary megabytes
        assertThat(run.metrics().get("read_bytes")).isCloseTo(12.94 * 1024 * 1024, within(1e-6));
        assertThat(run.metrics().get("transfer_bytes_per_s")).isCloseTo(4.29 * 1024 * 1024, within(1e-6));
        assertThat(run.coordinatedOmission()).isTrue();
        assertThat(run.latencyOrigin()).isEqualTo(LatencyOrigin.REPORTED);
        assertThat(parsed.context().skippedLines()).isZero();
        assertThat(english(parsed.context().warnings())).isEmpty();
        assertThat(parsed.context().accepted()).isEqualTo(1);
    }

    @Test
    void countsSocketErrorsAndNon2xxResponsesAsErrors() throws Exception {
        // wrk --timeout 1s against /flaky: "Socket errors: connect 0, read 711, write 0, timeout 32",
        // "Non-2xx or 3xx responses: 2282" -> errors = 711 + 32 + 2282 = 3025
        RunData run = parse(importer, "wrk/errors.txt").run();
        assertThat(run.requests()).isEqualTo(22801L);
        assertThat(run.errors()).isEqualTo(3025L);
        assertThat(run.metrics()).containsEntry("socket_errors_read", 711.0).containsEntry("socket_errors_timeout", 32.0)
                .containsEntry("socket_errors_connect", 0.0).containsEntry("non_2xx_3xx_responses", 2282.0);
        assertThat(run.throughputRps()).isEqualTo(7590.56);
        assertThat(run.percentiles()).extracting(p -> p.valueMs()).containsExactly(0.04, 0.074, 0.205, 45.65);
    }

    @Test
    void readsAReportWithoutTheLatencyDistribution() throws Exception {
        // wrk -t1 -c4 -d2s (no --latency): "Latency   684.00us    1.33ms  16.25ms   87.19%"
        RunData run = parse(importer, "wrk/no-latency.txt").run();
        assertThat(run.percentiles()).isEmpty();
        assertThat(run.meanMs()).isCloseTo(0.684, within(1e-12));
        assertThat(run.requests()).isEqualTo(61849L);
        assertThat(run.metrics().get("thread_rps_mean")).isCloseTo(31130, within(1e-9));
    }

    @Test
    void skipsAndCountsColouredApplicationLogLines() throws Exception {
        // The fixture server's ANSI-coloured log merged into wrk's capture: 6 log lines among wrk's.
        var parsed = parse(importer, "wrk/with-app-log.txt");
        assertThat(CliFixtures.text("wrk/with-app-log.txt")).contains("\u001B[32mINF\u001B[0m");
        assertThat(parsed.context().skippedLines()).isEqualTo(6);
        RunData run = parsed.run();
        assertThat(run.requests()).isEqualTo(109438L);
        assertThat(run.throughputRps()).isEqualTo(36373.20);
        assertThat(parsed.percentile(99)).isEqualTo(67.28);
        assertThat(parsed.context().problemCount()).isZero();
    }

    @Test
    void warnsAboutATruncatedLastLineAndDoesNotUseIt() throws Exception {
        // latency-ok.txt with its last 5 bytes cut: the file ends in "Transfer/sec:      4." (no newline);
        // read as a number it would say 4 bytes/s instead of 4.29MB.
        var parsed = parse(importer, "wrk/truncated.txt");
        assertThat(english(parsed.context().warnings())).singleElement().asString()
                .startsWith("line 13 is cut off").contains("'Transfer/sec:      4.'");
        RunData run = parsed.run();
        assertThat(run.metrics()).doesNotContainKey("transfer_bytes_per_s");
        assertThat(run.throughputRps()).isEqualTo(29849.15);
        assertThat(run.requests()).isEqualTo(89962L);
    }

    @Test
    void refusesAnOutputCutOffBeforeItsLatencyLines() {
        // cut-source.txt: wrk -t2 -c16 -d3s --latency against the fixture server; cut-before-latency.txt is its
        // first 3 lines (head -n 3): Running, threads/connections and the Thread Stats header, nothing else.
        // Stored, it gave a run with Requests "–" and Errors 0; refused, it names the line and what is missing.
        assertThatThrownBy(() -> parse(importer, "wrk/cut-before-latency.txt"))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> {
                    ImportException x = (ImportException) e;
                    assertThat(x.format()).isEqualTo("wrk");
                    assertThat(x.line()).isEqualTo(3);
                    assertThat(x.expected().english()).contains("'N requests in T, B read'").contains("line 1");
                    assertThat(x.found().english()).contains("cut off");
                });
    }

    @Test
    void refusesAnOutputCutOffInsideItsLatencyDistribution() {
        // cut-in-distribution.txt = head -n 9 of cut-source.txt: ends at "90%    5.44ms", before the 99 % row.
        assertThatThrownBy(() -> parse(importer, "wrk/cut-in-distribution.txt"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("line 9: expected the summary wrk prints when its test ends");
        assertThatThrownBy(() -> parse(new Wrk2TextImporter(), "wrk/cut-in-distribution.txt"))
                .isInstanceOf(ImportException.class).hasMessageContaining("(wrk2)");
    }

    @Test
    void theWholeOutputTheCutFilesComeFromIsRead() throws Exception {
        // The uncut capture: "64929 requests in 3.08s, 9.34MB read", "Requests/sec:  21088.96"
        RunData run = parse(importer, "wrk/cut-source.txt").run();
        assertThat(run.requests()).isEqualTo(64929L);
        assertThat(run.throughputRps()).isEqualTo(21088.96);
        assertThat(run.errors()).isZero();
    }

    @Test
    void scalesEveryUnitWrkPrints() throws Exception {
        // wrk's format_units: us below 850, then ms; s, then m from one minute; counts k/M; bytes B/KB/MB/GB.
        String text = """
                Running 1m test @ http://127.0.0.1:8080/
                  4 threads and 64 connections
                  Thread Stats   Avg      Stdev     Max   +/- Stdev
                    Latency   850.00us    1.02s    1.50m    99.00%
                    Req/Sec     1.05M   512.00     2.50k    70.00%
                  Latency Distribution
                     50%  125.00us
                     75%    2.50ms
                     90%    1.20s
                     99%    1.10m
                  1234 requests in 1.00m, 1.50GB read
                Requests/sec:     20.57
                Transfer/sec:    512.00B
                """;
        var parsed = parseText(importer, text);
        RunData run = parsed.run();
        assertThat(run.meanMs()).isCloseTo(0.85, within(1e-12));
        assertThat(run.stdevMs()).isCloseTo(1020, within(1e-9));
        assertThat(run.maxMs()).isCloseTo(90_000, within(1e-9));
        assertThat(run.metrics().get("thread_rps_mean")).isCloseTo(1_050_000, within(1e-6));
        assertThat(run.metrics().get("thread_rps_stdev")).isEqualTo(512.0);
        assertThat(run.metrics().get("thread_rps_max")).isCloseTo(2500, within(1e-9));
        assertThat(run.percentiles()).extracting(p -> p.valueMs())
                .containsExactly(0.125, 2.5, 1200.0, 66_000.0);
        assertThat(run.durationSeconds()).isEqualTo(60.0);
        assertThat(run.metrics().get("read_bytes")).isCloseTo(1.5 * 1024 * 1024 * 1024, within(1e-3));
        assertThat(run.metrics().get("transfer_bytes_per_s")).isEqualTo(512.0);
    }

    @Test
    void reportsNanAndNegativeValuesAsProblemsNamingLineAndField() throws Exception {
        String text = """
                Running 10s test @ http://127.0.0.1:8080/
                  2 threads and 10 connections
                  Thread Stats   Avg      Stdev     Max   +/- Stdev
                    Latency     -nan      -nan   0.00us    -nan%
                  Latency Distribution
                     50%   -1.00ms
                  0 requests in 10.00s, 0.00B read
                Requests/sec:      -nan
                Transfer/sec:    9.00ZB
                """;
        var parsed = parseText(importer, text);
        assertThat(parsed.problemMessages()).contains(
                "line 4 (Latency Avg): expected a non-negative time (us, ms or s), found '-nan'",
                "line 6 (latency at 50%): expected a non-negative time (us, ms or s), found '-1.00ms'",
                "line 8 (Requests/sec): expected a non-negative rate, found '-nan'",
                "line 9 (Transfer/sec): expected a size per second such as 4.29MB, found '9.00ZB'");
        RunData run = parsed.run();
        assertThat(run.throughputRps()).isNull();
        assertThat(run.meanMs()).isNull();
        assertThat(run.maxMs()).isEqualTo(0.0);
        assertThat(run.percentiles()).isEmpty();
    }

    @Test
    void rejectsALatencyOverOneHourAsAbsurd() throws Exception {
        var parsed = parseText(importer, "Running 10s test @ http://x/\n  1 threads and 1 connections\n"
                + "  Latency Distribution\n     99%   61.00m\n  10 requests in 10.00s, 1.00KB read\n");
        assertThat(parsed.problemMessages()).containsExactly("line 4 (latency at 99%): expected a latency of at most 1 h, found '61.00m'");
    }

    @Test
    void readsEveryReportOfAConcatenatedCapture() throws Exception {
        String one = CliFixtures.text("wrk/latency-ok.txt");
        String two = CliFixtures.text("wrk/errors.txt");
        var parsed = parseText(importer, one + "\n" + two);
        assertThat(parsed.result().runs()).extracting(RunData::label).containsExactly("run 1", "run 2");
        assertThat(parsed.result().runs()).extracting(RunData::requests).containsExactly(89962L, 22801L);
        assertThat(parsed.result().runs()).extracting(RunData::errors).containsExactly(0L, 3025L);
    }

    @Test
    void aFileWithoutAnyWrkLineIsNotReadable() {
        assertThatThrownBy(() -> parseText(importer, "hello\nworld\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 1: expected a wrk report (a 'Running <duration> test @ <url>' line and its figures) (wrk),"
                        + " found no wrk report lines");
    }

    /**
     * Found by fuzzing (FixtureMutationFuzzTest): a latency distribution row changed to "0% 4.73ms" gave
     * a P0 above P50, kept silently. wrk never prints falling percentiles; the figures are left out with
     * a problem at the report's first line.
     */
    @Test
    void aDistributionThatFallsIsAProblemNotData() throws Exception {
        var parsed = CliFixtures.parseText(importer, CliFixtures.text("wrk/latency-ok.txt").replace("     90%    4.73ms", "     0%    4.73ms"));
        assertThat(parsed.problemMessages()).containsExactly("line 1 (latency figures): expected latency figures that agree"
                + " (min ≤ mean ≤ max, percentiles rising with their rank and within min..max), found P50 = 0.421 ms below"
                + " P0 = 4.73 ms; the run's latency figures were left out");
        assertThat(parsed.run().percentiles()).isEmpty();
        assertThat(parsed.run().meanMs()).isNull();
        assertThat(parsed.run().requests()).isEqualTo(89962L);
    }
}
