package dev.benchboard.ingest.format.locust;

import static dev.benchboard.ingest.EnglishText.english;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.ingest.format.fields.ImportRun;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.Percentile;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.SecondBucket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fixtures are real Locust 2.12.1 runs (make-more-tool-fixtures.sh locust, README beside them); the
 * expected values are the figures Locust printed at exit (*.console.txt), not our output.
 */
class LocustImportersTest {

    private final LocustStatsCsvImporter stats = new LocustStatsCsvImporter();
    private final LocustHistoryCsvImporter history = new LocustHistoryCsvImporter();
    private final LocustFailuresCsvImporter failures = new LocustFailuresCsvImporter();

    private static double p(RunData run, double percentile) {
        return run.percentiles().stream().filter(x -> x.percentile() == percentile).map(Percentile::valueMs)
                .findFirst().orElseThrow(() -> new AssertionError("no P" + percentile));
    }

    @Test
    void theStatsFileGivesTheWholeRunAsLocustPrintedIt() throws Exception {
        ImportRun imported = ImportRun.fixture(stats, "locust/full_stats.csv");
        RunData run = imported.result().runs().getFirst();
        // full.console.txt, at exit: "Aggregated 4250 79(1.86%) | 4 0 1101 2 | 529.76 9.85"
        assertThat(imported.result().runs()).hasSize(1);
        assertThat(run.requests()).isEqualTo(4250L);
        assertThat(run.errors()).isEqualTo(79L);
        assertThat(run.throughputRps()).isCloseTo(529.76, within(0.005));
        assertThat(run.meanMs()).isCloseTo(4.0, within(0.5));
        assertThat(run.maxMs()).isCloseTo(1101.0, within(1.0));
        // "Response time percentiles (approximated)": Aggregated 2 3 3 4 5 7 23 42 200 1100 1100
        assertThat(p(run, 50)).isEqualTo(2.0);
        assertThat(p(run, 66)).isEqualTo(3.0);
        assertThat(p(run, 90)).isEqualTo(5.0);
        assertThat(p(run, 95)).isEqualTo(7.0);
        assertThat(p(run, 98)).isEqualTo(23.0);
        assertThat(p(run, 99)).isEqualTo(42.0);
        assertThat(p(run, 99.9)).isEqualTo(200.0);
        assertThat(p(run, 100)).isEqualTo(1100.0);
        assertThat(run.durationSeconds()).isCloseTo(4250 / 529.7582840410074, within(1e-9));
        // per request name: "GET /flaky 569 79(13.88%) … 70.93", percentiles "… 99% 68"
        assertThat(run.metrics()).containsEntry("GET /flaky requests", 569.0).containsEntry("GET /flaky failures", 79.0)
                .containsEntry("GET /flaky p99_ms", 68.0).containsEntry("POST POST /ok requests", 657.0);
        assertThat(run.metrics().get("GET /flaky rps")).isCloseTo(70.93, within(0.005));
        assertThat(run.concurrency()).isNull();      // the stats file does not say the users
        assertThat(imported.context().problemCount()).isZero();
    }

    @Test
    void aStatedUserCountFillsTheStatsRun() throws Exception {
        RunData run = ImportRun.fixture(stats, "locust/plain_stats.csv", Map.of("concurrency", "20")).result().runs().getFirst();
        // plain.console.txt: "Aggregated 4058 62(1.53%) | 5 0 1103 2 | 506.19 7.73"; percentiles … 99% 81, 100% 1100
        assertThat(run.requests()).isEqualTo(4058L);
        assertThat(run.errors()).isEqualTo(62L);
        assertThat(run.throughputRps()).isCloseTo(506.19, within(0.005));
        assertThat(p(run, 99)).isEqualTo(81.0);
        assertThat(run.concurrency()).isEqualTo(20.0);
        assertThat(run.settings()).containsEntry("concurrency_source", "stated on upload");
    }

    @Test
    void theHistoryFileGivesTotalsUsersAndASecondSeries() throws Exception {
        ImportRun imported = ImportRun.fixture(history, "locust/plain_stats_history.csv");
        RunData run = imported.result().runs().getFirst();
        // plain.console.txt: Aggregated 4058 requests, 62 failures, median 2, max 1103; 99% 81, 100% 1100
        assertThat(run.requests()).isEqualTo(4058L);
        assertThat(run.errors()).isEqualTo(62L);
        assertThat(run.maxMs()).isCloseTo(1103.0, within(1.0));
        assertThat(p(run, 50)).isEqualTo(2.0);
        assertThat(p(run, 99)).isEqualTo(81.0);   // without --csv-full-history the Aggregated percentiles are cumulative
        assertThat(p(run, 100)).isEqualTo(1100.0);
        assertThat(run.concurrency()).isEqualTo(20.0);   // "All users spawned: {"FixtureUser": 20}"
        // the series adds up to the totals: awk -F, '$4=="Aggregated"{r=$18; f=$19} END{print r, f}' → 4058 62
        assertThat(run.perSecond().stream().mapToLong(SecondBucket::requests).sum()).isEqualTo(4058L);
        assertThat(run.perSecond().stream().mapToLong(SecondBucket::errors).sum()).isEqualTo(62L);
        assertThat(english(imported.context().warnings())).isEmpty();
    }

    @Test
    void aFullHistoryFileKeepsOnlyTheTotalMedian() throws Exception {
        ImportRun imported = ImportRun.fixture(history, "locust/full_stats_history.csv");
        RunData run = imported.result().runs().getFirst();
        assertThat(run.requests()).isEqualTo(4250L);          // full.console.txt: Aggregated 4250, 79 failures
        assertThat(run.errors()).isEqualTo(79L);
        assertThat(run.percentiles()).extracting(Percentile::percentile).containsExactly(50.0);
        assertThat(run.metrics()).containsEntry("GET /flaky requests", 569.0).doesNotContainKey("GET /flaky p99_ms");
        assertThat(english(imported.context().warnings())).anyMatch(w -> w.contains("last 10 s"));
    }

    @Test
    void aCutOffHistoryKeepsTheRowsBeforeTheCut() throws Exception {
        ImportRun imported = ImportRun.fixture(history, "locust/truncated_stats_history.csv");
        assertThat(english(imported.context().warnings())).anyMatch(w -> w.contains("is cut off"));
        assertThat(imported.result().runs().getFirst().requests()).isEqualTo(4250L);   // the row before the cut is a copy
    }

    @Test
    void theFailuresFileCountsErrorsByStatus() throws Exception {
        RunData run = ImportRun.fixture(failures, "locust/full_failures.csv").result().runs().getFirst();
        // full.console.txt "Error report": 58 × HTTPError('500 …'), 21 × RemoteDisconnected(…)
        assertThat(run.errors()).isEqualTo(79L);
        assertThat(run.statusCodes()).containsOnly(entry(500, 58L), entry(0, 21L));
        assertThat(run.requests()).isNull();
        assertThat(run.metrics()).containsEntry(
                "GET /flaky: RemoteDisconnected('Remote end closed connection without response')", 21.0);
    }

    @Test
    void theBusyRunShowsWhyItsFilesLag() throws Exception {
        // busy.console.txt printed "Aggregated 2988 66(2.21%)" at exit, but Locust 2.12 wrote busy_stats.csv last
        // about a second earlier (2870 requests): the importer reads the file as it is, the README says why
        RunData run = ImportRun.fixture(stats, "locust/busy_stats.csv").result().runs().getFirst();
        assertThat(run.requests()).isEqualTo(2870L);
    }

    @Test
    void aFileWithoutTheAggregatedRowIsRefused() throws Exception {
        String text = ImportRun.text("locust/full_stats.csv");
        String cut = text.substring(0, text.indexOf(",Aggregated"));
        assertThatThrownBy(() -> ImportRun.of(stats, cut)).isInstanceOf(ImportException.class)
                .hasMessageContaining("Aggregated");
        String bad = text.replace("GET,/flaky,569,79", "GET,/flaky,569,790");
        ImportRun partly = ImportRun.of(stats, bad);
        assertThat(partly.context().problems()).singleElement().satisfies(pr -> {
            assertThat(pr.line()).isEqualTo(2);
            assertThat(pr.field()).isEqualTo("Failure Count");
        });
    }

    @Test
    void eachFileIsDetectedByItsOwnImporterOnly() {
        for (String f : new String[] {"full_stats.csv", "plain_stats.csv", "busy_stats.csv"}) {
            String head = ImportRun.head("locust/" + f);
            assertThat(stats.detect(head)).isEqualTo(98);
            assertThat(history.detect(head)).isZero();
            assertThat(failures.detect(head)).isZero();
        }
        String h = ImportRun.head("locust/full_stats_history.csv");
        assertThat(history.detect(h)).isEqualTo(98);
        assertThat(stats.detect(h)).isZero();
        assertThat(failures.detect(ImportRun.head("locust/full_failures.csv"))).isEqualTo(98);
    }
}
