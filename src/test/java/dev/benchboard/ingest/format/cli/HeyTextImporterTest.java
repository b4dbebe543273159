package dev.benchboard.ingest.format.cli;

import static dev.benchboard.ingest.EnglishText.english;

import dev.benchboard.ingest.model.ImportException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.benchboard.ingest.format.cli.CliFixtures.parse;
import static dev.benchboard.ingest.format.cli.CliFixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.RunData;
import org.junit.jupiter.api.Test;

/**
 * Fixtures are real hey 0.1.4 outputs (make-cli-fixtures.sh hey): ok.txt = hey -n 5000 -c 20 /ok,
 * errors.txt = hey -n 3000 -c 10 -t 1 /flaky (HTTP 500s and 1.1 s stalls that time out). Expected
 * values are the figures printed there, seconds × 1000 = ms.
 */
class HeyTextImporterTest {

    private static final double EPS = 1e-9;
    private final HeyTextImporter importer = new HeyTextImporter();

    @Test
    void readsTheSummaryHeyPrinted() throws Exception {
        var parsed = parse(importer, "hey/ok.txt");
        RunData run = parsed.run();
        assertThat(run.durationSeconds()).isEqualTo(0.2012);
        assertThat(run.maxMs()).isCloseTo(10.4, within(EPS));
        assertThat(run.minMs()).isCloseTo(0.1, within(EPS));
        assertThat(run.meanMs()).isCloseTo(0.8, within(EPS));
        assertThat(run.throughputRps()).isEqualTo(24856.9857);
        assertThat(run.metrics()).containsEntry("total_data_bytes", 208896.0).containsEntry("size_per_request_bytes", 41.0);
        assertThat(run.statusCodes()).containsOnly(entry(200, 5000L));
        assertThat(run.requests()).isEqualTo(5000L);
        assertThat(run.errors()).isZero();
        // Latency distribution: 10% 0.0002, 25% 0.0003, 50% 0.0005, 75% 0.0009, 90% 0.0015, 95% 0.0024, 99% 0.0048 secs
        assertThat(run.percentiles()).extracting(p -> p.percentile()).containsExactly(10.0, 25.0, 50.0, 75.0, 90.0, 95.0, 99.0);
        assertThat(parsed.percentile(10)).isCloseTo(0.2, within(EPS));
        assertThat(parsed.percentile(50)).isCloseTo(0.5, within(EPS));
        assertThat(parsed.percentile(95)).isCloseTo(2.4, within(EPS));
        assertThat(parsed.percentile(99)).isCloseTo(4.8, within(EPS));
        assertThat(run.percentiles()).allMatch(p -> p.origin() == LatencyOrigin.REPORTED);
        assertThat(run.latencyOrigin()).isEqualTo(LatencyOrigin.REPORTED);
        assertThat(run.coordinatedOmission()).isTrue();
        assertThat(run.histogram()).isNull();
        assertThat(parsed.context().skippedLines()).isZero();
        assertThat(parsed.context().problemCount()).isZero();
    }

    @Test
    void readsTheDetailsColumnsInTheOrderTheLabelNames() throws Exception {
        // "Details (average, fastest, slowest):"
        //   "req write:	0.0000 secs, 0.0000 secs, 0.0025 secs"
        //   "resp wait:	0.0007 secs, 0.0000 secs, 0.0089 secs"
        //   "resp read:	0.0001 secs, 0.0000 secs, 0.0087 secs"
        RunData run = parse(importer, "hey/ok.txt").run();
        assertThat(run.metrics().get("req_write_avg_ms")).isZero();
        assertThat(run.metrics().get("req_write_slowest_ms")).isCloseTo(2.5, within(EPS));
        assertThat(run.metrics().get("resp_wait_avg_ms")).isCloseTo(0.7, within(EPS));
        assertThat(run.metrics().get("resp_wait_fastest_ms")).isZero();
        assertThat(run.metrics().get("resp_wait_slowest_ms")).isCloseTo(8.9, within(EPS));
        assertThat(run.metrics().get("resp_read_avg_ms")).isCloseTo(0.1, within(EPS));
        assertThat(run.metrics().get("resp_read_slowest_ms")).isCloseTo(8.7, within(EPS));
        assertThat(run.metrics().get("dns_lookup_slowest_ms")).isZero();
    }

    @Test
    void dropsTheDnsDialupRowsCopiesOfTheOverallFastestAndSlowestWithoutAWarning() throws Exception {
        // hey 0.1.4's template prints .Fastest/.Slowest (whole requests) in the DNS+dialup row:
        // "DNS+dialup:	0.0000 secs, 0.0001 secs, 0.0104 secs" vs Summary "Fastest: 0.0001", "Slowest: 0.0104".
        // They are no connection times and repeat the Summary: not kept, and nothing to warn the user about.
        var parsed = parse(importer, "hey/ok.txt");
        assertThat(parsed.run().metrics()).doesNotContainKeys("dns_dialup_fastest_ms", "dns_dialup_slowest_ms");
        assertThat(parsed.run().metrics().get("dns_dialup_avg_ms")).isZero();
        assertThat(parsed.run().minMs()).isCloseTo(0.1, within(EPS));
        assertThat(parsed.run().maxMs()).isCloseTo(10.4, within(EPS));
        assertThat(english(parsed.context().warnings())).isEmpty();
    }

    @Test
    void refusesAnOutputCutOffBeforeItsStatusCodes() {
        // fixtures/hey/README.md: cut-in-latency.txt = head -n 33 c16.txt, ending at "99% in 0.0657 secs" with no
        // Details and no "Status code distribution:". Stored it read as 0 requests, 0 errors; refused, it says so.
        assertThatThrownBy(() -> parse(importer, "hey/cut-in-latency.txt"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("line 33: expected hey's 'Status code distribution:'")
                .hasMessageContaining("cut off");
    }

    @Test
    void theWholeOutputTheCutFileComesFromIsRead() throws Exception {
        // c16.txt: "[200]	4000 responses", "Requests/sec:	2809.4605", "99% in 0.0657 secs"
        var parsed = parse(importer, "hey/c16.txt");
        assertThat(parsed.run().requests()).isEqualTo(4000L);
        assertThat(parsed.run().errors()).isZero();
        assertThat(parsed.run().throughputRps()).isEqualTo(2809.4605);
        assertThat(parsed.percentile(99)).isCloseTo(65.7, within(EPS));
        assertThat(parsed.run().concurrency()).as("hey prints no -c").isNull();
        assertThat(english(parsed.context().warnings())).isEmpty();
    }

    @Test
    void aDialupRowThatDiffersFromTheSummaryIsKept() throws Exception {
        // Later hey prints ConnMax/ConnMin in that row: real connection times, different from the Summary's.
        String text = CliFixtures.text("hey/ok.txt").replace("DNS+dialup:\t0.0000 secs, 0.0001 secs, 0.0104 secs",
                "DNS+dialup:\t0.0000 secs, 0.0003 secs, 0.0002 secs");
        var parsed = CliFixtures.parseText(importer, text);
        assertThat(parsed.run().metrics().get("dns_dialup_fastest_ms")).isCloseTo(0.3, within(EPS));
        assertThat(parsed.run().metrics().get("dns_dialup_slowest_ms")).isCloseTo(0.2, within(EPS));
        assertThat(english(parsed.context().warnings())).isEmpty();
    }

    @Test
    void aDifferentLabelOrderIsFollowed() throws Exception {
        // Same file with the label (and nothing else) changed: the columns follow the label.
        String text = CliFixtures.text("hey/ok.txt").replace("Details (average, fastest, slowest):", "Details (average, slowest, fastest):");
        RunData run = parseText(importer, text).run();
        assertThat(run.metrics().get("resp_wait_slowest_ms")).isZero();
        assertThat(run.metrics().get("resp_wait_fastest_ms")).isCloseTo(8.9, within(EPS));
    }

    @Test
    void aDetailsRowWithTooFewValuesIsAProblem() throws Exception {
        String text = CliFixtures.text("hey/ok.txt").replace("resp read:\t0.0001 secs, 0.0000 secs, 0.0087 secs", "resp read:\t0.0001 secs, 0.0000 secs");
        var parsed = parseText(importer, text);
        assertThat(parsed.problemMessages()).containsExactly("line 40 (resp read): expected 3 values (avg, fastest, slowest), found 2 values");
    }

    @Test
    void countsStatusErrorsAndTheErrorDistribution() throws Exception {
        // [200] 2692, [500] 301, Error distribution [7] (client timeouts): 3000 requests, 308 errors
        RunData run = parse(importer, "hey/errors.txt").run();
        assertThat(run.statusCodes()).containsOnly(entry(200, 2692L), entry(500, 301L));
        assertThat(run.requests()).isEqualTo(3000L);
        assertThat(run.errors()).isEqualTo(308L);
        assertThat(run.metrics()).containsEntry("client_errors", 7.0);
        assertThat(run.settings().get("error_distribution"))
                .isEqualTo("7 × Get \"http://127.0.0.1:18471/flaky\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)");
        assertThat(run.throughputRps()).isEqualTo(981.9847);
    }

    @Test
    void skipsLogLinesAndIgnoresAPercentileHeyCouldNotCompute() throws Exception {
        // Log lines merged into the capture, and "0% in 0.0000 secs", which some hey versions print
        // for a percentile they could not compute (too few requests).
        String text = CliFixtures.text("hey/ok.txt")
                .replace("Response time histogram:", "\u001B[33mWARN\u001B[0m slow request path=/ok\nResponse time histogram:")
                .replace("  99% in 0.0048 secs", "  0% in 0.0000 secs\n2024/05/01 12:00:00 GET /ok 200");
        var parsed = parseText(importer, text);
        assertThat(parsed.context().skippedLines()).isEqualTo(2);
        assertThat(parsed.run().percentiles()).extracting(p -> p.percentile()).containsExactly(10.0, 25.0, 50.0, 75.0, 90.0, 95.0);
        assertThat(english(parsed.context().warnings())).anyMatch(w -> w.contains("hey printed '0% in 0.0000 secs'"));
    }

    @Test
    void aTruncatedLastLineIsWarnedAboutAndNotUsed() throws Exception {
        String full = CliFixtures.text("hey/ok.txt");
        String cut = full.substring(0, full.indexOf("[200]") + "[200]\t50".length());
        var parsed = parseText(importer, cut);
        assertThat(english(parsed.context().warnings())).anyMatch(w -> w.startsWith("line 43 is cut off") && w.endsWith("'[200]?50'"));
        assertThat(parsed.run().statusCodes()).isEmpty();
        assertThat(parsed.run().throughputRps()).isEqualTo(24856.9857);
    }

    @Test
    void aRunWhereEveryRequestFailedHasOnlyAnErrorDistribution() throws Exception {
        // hey prints no Summary when no request got a response (requester/print.go: if len(r.lats) > 0).
        var parsed = parseText(importer, "\nError distribution:\n  [200]\tGet \"http://127.0.0.1:1/\": dial tcp 127.0.0.1:1: connect: connection refused\n\n");
        RunData run = parsed.run();
        assertThat(run.requests()).isEqualTo(200L);
        assertThat(run.errors()).isEqualTo(200L);
        assertThat(run.throughputRps()).isNull();
        assertThat(run.percentiles()).isEmpty();
    }

    @Test
    void negativeAndNanValuesAreProblemsNamingTheField() throws Exception {
        String text = CliFixtures.text("hey/ok.txt")
                .replace("Average:\t0.0008 secs", "Average:\tNaN secs")
                .replace("Requests/sec:\t24856.9857", "Requests/sec:\t-24856.9857")
                .replace("50% in 0.0005 secs", "50% in -0.0005 secs");
        var parsed = parseText(importer, text);
        assertThat(parsed.problemMessages()).containsExactly(
                "line 6 (Average): expected a non-negative time (us, ms or s), found 'NaN'",
                "line 7 (Requests/sec): expected a non-negative rate, found '-24856.9857'",
                "line 29 (latency at 50%): expected a non-negative time (us, ms or s), found '-0.0005'");
        assertThat(parsed.run().meanMs()).isNull();
        assertThat(parsed.run().throughputRps()).isNull();
    }

    /**
     * Found by fuzzing (FixtureMutationFuzzTest): hey/ok.txt with "Slowest: 0 secs" was read with a
     * fastest (0.1 ms) and mean (0.8 ms) above its slowest, silently. hey never prints that; the run's
     * latency figures are left out and a problem names the disagreement, so the upload is refused
     * unless the valid data is kept on purpose.
     */
    @Test
    void figuresThatContradictEachOtherAreAProblemNotData() throws Exception {
        var parsed = parseText(importer, CliFixtures.text("hey/ok.txt").replace("Slowest:\t0.0104 secs", "Slowest:\t0 secs"));
        assertThat(parsed.problemMessages()).containsExactly("line 2 (latency figures): expected latency figures that agree"
                + " (min ≤ mean ≤ max, percentiles rising with their rank and within min..max), found min 0.1 ms above"
                + " max 0 ms; the run's latency figures were left out");
        RunData run = parsed.run();
        assertThat(run.minMs()).isNull();
        assertThat(run.maxMs()).isNull();
        assertThat(run.meanMs()).isNull();
        assertThat(run.percentiles()).isEmpty();
        assertThat(run.requests()).isEqualTo(5000L);
    }
}
