package dev.benchboard.ingest.format.cli;

import static dev.benchboard.ingest.EnglishText.english;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.RunData;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The load the upload states for tools that do not print it (hey's -c, wrk2's -R), and the throughput
 * figure the tools print (wrk's and hey's Requests/sec) with requests / printed duration as the cross-check.
 * Fixtures: the real hey 0.1.4 and wrk 4.1.0 outputs of make-cli-fixtures.sh.
 */
class StatedLoadTest {

    @Test
    void heyPrintsNoConcurrencySoTheStatedOneFillsItAndSaysSo() throws Exception {
        RunData unknown = CliFixtures.parse(new HeyTextImporter(), "hey/ok.txt").run();
        assertThat(unknown.concurrency()).isNull();

        var parsed = CliFixtures.parse(new HeyTextImporter(), CliFixtures.bytes("hey/ok.txt"), Map.of("concurrency", "20"));
        assertThat(parsed.run().concurrency()).isEqualTo(20.0);
        assertThat(parsed.run().settings()).containsEntry("concurrency", "20").containsEntry("concurrency_source", "stated on upload");
        assertThat(parsed.context().settings()).containsEntry("concurrency_source", "stated on upload");

        var csv = CliFixtures.parse(new HeyCsvImporter(), CliFixtures.bytes("hey-csv/ok.csv"), Map.of("concurrency", "20", "rate", "500"));
        assertThat(csv.run().concurrency()).isEqualTo(20.0);
        assertThat(csv.run().settings()).containsEntry("rate", "500").containsEntry("rate_source", "stated on upload");
    }

    @Test
    void wrkPrintsItsConnectionsAndThoseWin() throws Exception {
        var parsed = CliFixtures.parse(new WrkTextImporter(), CliFixtures.bytes("wrk/latency-ok.txt"), Map.of("concurrency", "8"));
        assertThat(parsed.run().concurrency()).isEqualTo(16.0);
        assertThat(parsed.run().settings()).doesNotContainKey("concurrency_source");
        assertThat(english(parsed.context().warnings())).contains("the upload states concurrency 8 but wrk printed 16: the printed value is used");
    }

    @Test
    void aStatedLoadThatIsNotANumberRefusesTheFile() {
        assertThatThrownBy(() -> CliFixtures.parse(new HeyTextImporter(), CliFixtures.bytes("hey/ok.txt"), Map.of("concurrency", "twenty")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("concurrency (upload setting)").hasMessageContaining("a whole number of connections/workers ≥ 1")
                .hasMessageContaining("'twenty'");
        assertThatThrownBy(() -> CliFixtures.parse(new HeyTextImporter(), CliFixtures.bytes("hey/ok.txt"), Map.of("concurrency", "2.5")))
                .isInstanceOf(ImportException.class);
        assertThatThrownBy(() -> CliFixtures.parse(new WrkTextImporter(), CliFixtures.bytes("wrk/latency-ok.txt"), Map.of("rate", "-5")))
                .isInstanceOf(ImportException.class).hasMessageContaining("a request rate > 0");
    }

    @Test
    void throughputIsThePrintedFigureWithTheRecomputedOneAsCrossCheck() throws Exception {
        // wrk/latency-ok.txt: "89962 requests in 3.01s" and "Requests/sec:  29849.15". 89962 / 3.01 = 29887.71 overstates by
        // 0.13 % because the run time is printed to 10 ms; wrk's figure divides by the exact run time.
        RunData wrk = CliFixtures.parse(new WrkTextImporter(), "wrk/latency-ok.txt").run();
        assertThat(wrk.throughputRps()).isEqualTo(29849.15);
        assertThat(wrk.metrics().get("throughput_recomputed_rps")).isCloseTo(89962 / 3.01, within(1e-9));
        // hey/ok.txt: 5000 requests, "Total: 0.2012 secs", "Requests/sec: 24856.9857"; 5000 / 0.2012 = 24850.89.
        RunData hey = CliFixtures.parse(new HeyTextImporter(), "hey/ok.txt").run();
        assertThat(hey.throughputRps()).isEqualTo(24856.9857);
        assertThat(hey.metrics().get("throughput_recomputed_rps")).isCloseTo(5000 / 0.2012, within(1e-9));
    }
}
