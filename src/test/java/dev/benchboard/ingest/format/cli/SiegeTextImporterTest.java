package dev.benchboard.ingest.format.cli;

import static dev.benchboard.ingest.EnglishText.english;

import static dev.benchboard.ingest.format.cli.CliFixtures.parse;
import static dev.benchboard.ingest.format.cli.CliFixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.RunData;
import org.junit.jupiter.api.Test;

/**
 * Fixtures are real siege 4.0.7 captures (make-ab-siege-fixtures.sh siege): ok.txt / flaky.txt = text
 * summary with the coloured per-request lines (siege -c 10 -t 3S -b, stdout and stderr merged; flaky
 * was aborted by siege after 1024 failures), quiet.txt = verbose off (-c 8 -r 200), ok.json /
 * flaky.json = the JSON summary Debian's default configuration prints (json_output = true),
 * truncated.txt = ok.txt without its last 9 bytes. Expected values are the figures siege printed.
 */
class SiegeTextImporterTest {

    private final SiegeTextImporter importer = new SiegeTextImporter();

    @Test
    void readsTheTextSummary() throws Exception {
        var parsed = parse(importer, "siege/ok.txt");
        RunData run = parsed.run();
        assertThat(run.requests()).isEqualTo(13627L);              // Transactions: 13627 hits, Failed transactions: 0
        assertThat(run.errors()).isZero();
        assertThat(run.throughputRps()).isEqualTo(5539.43);        // Transaction rate: 5539.43 trans/sec
        assertThat(run.durationSeconds()).isEqualTo(2.46);         // Elapsed time: 2.46 secs
        assertThat(run.metrics().get("throughput_recomputed_rps")).isCloseTo(13627 / 2.46, within(1e-9));
        assertThat(run.concurrency()).isEqualTo(10.0);             // ** Preparing 10 concurrent users for battle.
        assertThat(run.metrics()).containsEntry("siege_concurrency_mean", 9.26).containsEntry("availability_percent", 100.0)
                .containsEntry("data_transferred_mb", 0.55).containsEntry("throughput_mb_per_s", 0.22);
        assertThat(run.maxMs()).isCloseTo(40, within(1e-9));       // Longest transaction: 0.04
        assertThat(run.minMs()).isZero();
        assertThat(run.meanMs()).isZero();
        assertThat(run.percentiles()).isEmpty();
        // per-request lines: grep -ao 'HTTP/1.1 [0-9]*' siege/ok.txt | sort | uniq -c → 13626 × 200 (+ one line cut to "HTTP/1.1 20")
        assertThat(run.statusCodes()).containsOnly(entry(200, 13626L));
        assertThat(parsed.context().settings()).containsEntry("siege_version", "4.0.7");
        assertThat(parsed.context().problemCount()).isZero();
    }

    @Test
    void anAbortedRunCountsFailuresAsErrors() throws Exception {
        // Transactions 7023, Availability 87.27 %, Failed transactions 1024; 7023/(7023+1024) = 87.27 %
        var parsed = parse(importer, "siege/flaky.txt");
        RunData run = parsed.run();
        assertThat(run.requests()).isEqualTo(8047L);
        assertThat(run.errors()).isEqualTo(1024L);
        assertThat(100.0 * (run.requests() - run.errors()) / run.requests()).isCloseTo(87.27, within(0.005));
        assertThat(run.maxMs()).isCloseTo(1110, within(1e-9));
        assertThat(run.statusCodes()).containsOnly(entry(200, 7023L), entry(500, 780L));
        assertThat(run.settings()).containsEntry("siege_aborted", "excessive socket failure");
        assertThat(english(parsed.context().warnings())).anyMatch(w -> w.startsWith("siege aborted the run"));
    }

    @Test
    void readsTheJsonSummary() throws Exception {
        RunData ok = parse(importer, "siege/ok.json").run();
        // "transactions": 15754, "transaction_rate": 6059.23, "elapsed_time": 2.60, "concurrency": 9.53
        assertThat(ok.requests()).isEqualTo(15754L);
        assertThat(ok.throughputRps()).isEqualTo(6059.23);
        assertThat(ok.durationSeconds()).isEqualTo(2.60);
        assertThat(ok.concurrency()).isNull();                     // the JSON has no -c: only the mean concurrency
        assertThat(ok.metrics()).containsEntry("siege_concurrency_mean", 9.53);
        // siege -c 4 -r 50: 200 requests = 175 transactions + 25 failed (500s and closed connections)
        RunData flaky = parse(importer, "siege/flaky.json").run();
        assertThat(flaky.requests()).isEqualTo(200L);
        assertThat(flaky.errors()).isEqualTo(25L);
        assertThat(flaky.metrics()).containsEntry("availability_percent", 87.5);
    }

    @Test
    void aStatedConcurrencyFillsTheJsonRun() throws Exception {
        var parsed = parse(importer, CliFixtures.bytes("siege/ok.json"), java.util.Map.of("concurrency", "10"));
        assertThat(parsed.run().concurrency()).isEqualTo(10.0);
        assertThat(parsed.run().settings()).containsEntry("concurrency_source", "stated on upload");
    }

    @Test
    void quietAndTruncatedCapturesAreRead() throws Exception {
        RunData quiet = parse(importer, "siege/quiet.txt").run();
        assertThat(quiet.requests()).isEqualTo(1600L);
        assertThat(quiet.concurrency()).isEqualTo(8.0);
        var truncated = parse(importer, "siege/truncated.txt");
        assertThat(truncated.run().throughputRps()).isEqualTo(5539.43);
        assertThat(english(truncated.context().warnings())).anyMatch(w -> w.contains("is cut off"));
    }

    @Test
    void aBadFigureIsAProblemAndNoSummaryIsRefused() throws Exception {
        String text = CliFixtures.text("siege/quiet.txt").replace("Longest transaction:\t        0.03", "Longest transaction:\t        -0.03");
        assertThat(parseText(importer, text).problemMessages()).singleElement().asString().contains("(longest_transaction)");
        assertThatThrownBy(() -> parseText(importer, "** SIEGE 4.0.7\nThe server is now under siege...\n"))
                .isInstanceOf(ImportException.class).hasMessageContaining("Transaction rate");
    }

    @Test
    void detectsBothForms() {
        // the text summary comes after ~500 KB of per-request lines: the head has the banner and those lines
        assertThat(importer.detect(CliFixtures.head("siege/ok.txt"))).isEqualTo(90);
        assertThat(importer.detect(CliFixtures.head("siege/quiet.txt"))).isEqualTo(95);
        assertThat(importer.detect(CliFixtures.head("siege/ok.json"))).isEqualTo(95);
        assertThat(importer.detect(CliFixtures.head("ab/ok.txt"))).isZero();
    }
}
