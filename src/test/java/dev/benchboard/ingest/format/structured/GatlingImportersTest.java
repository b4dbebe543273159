package dev.benchboard.ingest.format.structured;

import static dev.benchboard.ingest.EnglishText.english;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.RunData;
import org.junit.jupiter.api.Test;

/**
 * Fixtures are one real Gatling 3.9.5 run (make-more-tool-fixtures.sh gatling): its simulation.log and
 * its report's js/stats.json. Expected values are Gatling's "Global Information" as printed (console.txt).
 */
class GatlingImportersTest {

    private final GatlingSimulationLogImporter log = new GatlingSimulationLogImporter();
    private final GatlingStatsJsonImporter stats = new GatlingStatsJsonImporter();

    @Test
    void theSimulationLogGivesGatlingsGlobalInformation() throws Exception {
        Imported imported = Imported.fixture(log, "gatling/simulation.log");
        RunData run = imported.run();
        // console.txt: request count 2400 (OK=2311 KO=89), min 3, max 6467, mean 1840, std deviation 1462
        assertThat(run.requests()).isEqualTo(2400L);
        assertThat(run.errors()).isEqualTo(89L);
        assertThat(run.minMs()).isEqualTo(3.0);
        assertThat(run.maxMs()).isEqualTo(6467.0);
        assertThat(run.meanMs()).isCloseTo(1840, within(0.5));
        assertThat(run.stdevMs()).isCloseTo(1462, within(1.0));
        // percentiles 50th 1292, 75th 2855, 95th 4467, 99th 5575; ours are HdrHistogram values (3 significant
        // digits) of the same latencies. numpy over end - start of the REQUEST lines:
        // np.percentile(a, [50, 75, 95, 99], method='inverted_cdf') → 1291 2854 4466 5574 (Gatling's are 1 ms higher)
        assertThat(run.percentileMs(50)).isCloseTo(1292, withinPercentage(0.2));
        assertThat(run.percentileMs(75)).isCloseTo(2855, withinPercentage(0.2));
        assertThat(run.percentileMs(95)).isCloseTo(4467, withinPercentage(0.2));
        assertThat(run.percentileMs(99)).isCloseTo(5575, withinPercentage(0.2));
        // first request start to last end: 11.028 s (Gatling's "mean requests/sec 200" divides by 12 whole seconds)
        assertThat(run.durationSeconds()).isCloseTo(11.028, within(1e-9));
        assertThat(run.metrics()).containsEntry("flaky requests", 800.0).containsEntry("flaky KO", 89.0)
                .containsEntry("ok again KO", 0.0)
                // Errors: "status.find.is(200), but actually found 500 88", "j.i.IOException: Premature close 1"
                .containsEntry("KO: status.find.is(200), but actually found 500", 88.0)
                .containsEntry("KO: j.i.IOException: Premature close", 1.0);
        assertThat(run.settings()).containsEntry("gatling_version", "3.9.5").containsEntry("simulation", "sim.FixtureSimulation");
        assertThat(run.coordinatedOmission()).isFalse();
        assertThat(imported.context().problemCount()).isZero();
    }

    @Test
    void junkLinesAreSkippedAndACutOffLastLineIsAWarning() throws Exception {
        Imported junk = Imported.fixture(log, "gatling/with-junk.log");
        assertThat(junk.run().requests()).isEqualTo(2400L);
        assertThat(junk.context().skippedLines()).isGreaterThanOrEqualTo(2);   // the shell line and the blank one (+ ASSERTION)
        Imported cut = Imported.fixture(log, "gatling/truncated.log");
        assertThat(english(cut.context().warnings())).anyMatch(w -> w.contains("is cut off"));
        // the last line of simulation.log is a USER END: no request is lost with it
        assertThat(cut.run().requests()).isEqualTo(2400L);
    }

    @Test
    void aBrokenRequestLineIsAProblemAtItsLine() throws Exception {
        Imported imported = Imported.text(log, "RUN\tsim.X\tx\t1796660277627\t \t3.9.5\n"
                + "REQUEST\t\tok\t1796660280957\t1796660282415\tOK\t \n"
                + "REQUEST\t\tok\t1796660282415\t1796660280957\tOK\t \n");
        assertThat(imported.run().requests()).isEqualTo(1L);
        assertThat(imported.context().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("end");
        });
        assertThatThrownBy(() -> Imported.text(log, "RUN\tsim.X\tx\t1\t \t3.9.5\n")).isInstanceOf(ImportException.class)
                .hasMessageContaining("REQUEST");
    }

    @Test
    void theReportStatsGiveTheSameFiguresAsPrinted() throws Exception {
        RunData run = Imported.fixture(stats, "gatling/stats.json").run();
        assertThat(run.requests()).isEqualTo(2400L);
        assertThat(run.errors()).isEqualTo(89L);
        assertThat(run.meanMs()).isEqualTo(1840.0);
        assertThat(run.stdevMs()).isEqualTo(1462.0);
        assertThat(run.minMs()).isEqualTo(3.0);
        assertThat(run.maxMs()).isEqualTo(6467.0);
        assertThat(run.percentileMs(50)).isEqualTo(1292.0);
        assertThat(run.percentileMs(75)).isEqualTo(2855.0);
        assertThat(run.percentileMs(95)).isEqualTo(4467.0);
        assertThat(run.percentileMs(99)).isEqualTo(5575.0);
        assertThat(run.throughputRps()).isEqualTo(200.0);        // mean requests/sec 200
        assertThat(run.durationSeconds()).isEqualTo(12.0);       // 2400 / 200: Gatling's whole-second span
        assertThat(run.metrics()).containsEntry("flaky requests", 800.0).containsEntry("flaky KO", 89.0);
    }

    @Test
    void eachGatlingFileIsDetectedByItsImporter() throws Exception {
        assertThat(log.detect(Imported.head("gatling/simulation.log"))).isEqualTo(98);
        assertThat(stats.detect(Imported.head("gatling/simulation.log"))).isZero();
        assertThat(stats.detect(Imported.head("gatling/stats.json"))).isEqualTo(97);
        assertThat(log.detect(Imported.head("gatling/stats.json"))).isZero();
    }
}
