package dev.benchboard.ingest.format.chaos;

import dev.benchboard.ingest.EnglishText;
import static dev.benchboard.ingest.EnglishText.english;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchboard.ingest.format.fields.ImportRun;
import dev.benchboard.evidence.ChaosData;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.Outage;
import dev.benchboard.ingest.model.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real chaos run in fixtures/chaos (README there) and small logs for the corner cases. */
class ChaosEventsCsvImporterTest {

    private final ChaosEventsCsvImporter importer = new ChaosEventsCsvImporter();

    static ChaosData chaos(ImportRun run) {
        assertThat(run.result().chaos()).hasSize(1);
        return run.result().chaos().getFirst();
    }

    /**
     * Checks outages against what run_chaos.py did: one per injected fault, attributed to it, seen
     * by the prober within a probe interval after the fault (or up to a probe timeout before it, for a
     * probe already waiting), and over within a probe interval after the server served again (or up
     * to a timeout before, for a probe that was waiting when the process resumed).
     */
    static void assertMatchesTruth(List<Outage> outages, RunTruth truth, boolean attributed) {
        assertThat(outages).hasSize(truth.faults().size());
        Duration interval = Duration.ofMillis(truth.intervalMs());
        Duration timeout = Duration.ofMillis(truth.timeoutMs());
        for (int i = 0; i < outages.size(); i++) {
            Outage o = outages.get(i);
            RunTruth.Fault f = truth.faults().get(i);
            assertThat(o.downAt()).isEqualTo(f.observedDownAt())
                    .isBetween(f.injectedAt().minus(timeout), f.injectedAt().plus(interval));
            assertThat(o.upAt()).isEqualTo(f.observedUpAt())
                    .isBetween(f.servingAgainAt().minus(timeout), f.servingAgainAt().plus(interval));
            assertThat(o.censored()).isFalse();
            if (attributed) {
                assertThat(o.faultType()).isEqualTo(f.faultType());
                assertThat(o.component()).isEqualTo("api");
                assertThat(o.injectedAt()).isEqualTo(f.injectedAt());
            }
        }
        // Total downtime 25.799 s (the README's table, from truth.json observed_up - observed_down)
        long downtimeMs = outages.stream().mapToLong(o -> Duration.between(o.downAt(), o.upAt()).toMillis()).sum();
        assertThat(downtimeMs).isEqualTo(25_799);
    }

    @Test
    void outagesOfTheRealRunMatchTheInjectedSchedule() throws Exception {
        RunTruth truth = RunTruth.load();
        ImportRun run = ImportRun.fixture(importer, "chaos/events.csv", Map.of("experiment", "local run"));
        ChaosData data = chaos(run);
        assertMatchesTruth(data.outages(), truth, true);
        assertThat(data.windowStart()).isEqualTo(truth.windowStart()).isEqualTo(Instant.parse("2026-11-21T23:11:30.385Z"));
        assertThat(data.windowEnd()).isEqualTo(truth.windowEnd()).isEqualTo(Instant.parse("2026-11-21T23:12:40.385Z"));
        assertThat(data.experiment()).isEqualTo("local run");
        assertThat(data.events()).hasSize(30);                        // 2 + 7 x (fault_injected, down, up, fault_cleared)
        assertThat(data.events().get(1).detail()).startsWith("SIGKILL pid ");
        assertThat(run.context().accepted()).isEqualTo(30);
        assertThat(english(run.context().warnings())).isEmpty();
        assertThat(run.context().problemCount()).isZero();
    }

    @Test
    void unorderedEventsAreSortedWithAWarning() throws Exception {
        List<String> lines = new ArrayList<>(ImportRun.text("chaos/events.csv").lines().toList());
        List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.reverse(body);
        String reversed = lines.getFirst() + "\n" + String.join("\n", body) + "\n";
        ImportRun run = ImportRun.of(importer, reversed);
        assertMatchesTruth(chaos(run).outages(), RunTruth.load(), true);
        assertThat(english(run.context().warnings())).containsExactly(
                "line 3: events are not in time order (this one is earlier than line 2); they were sorted by timestamp");
    }

    @Test
    void readsIsoEpochSecondsAndEpochMillisecondsAlike() throws Exception {
        String iso = """
                timestamp,event,fault_type,component,detail
                2024-05-01T10:00:00Z,experiment_start,,,
                2024-05-01T10:00:01.250Z,fault_injected,network-partition,db,iptables DROP
                2024-05-01 10:00:01.300+00:00,down,,db,
                2024-05-01T12:00:04.3+02:00,up,,db,
                2024-05-01T10:00:10+0000,experiment_end,,,
                """;
        // 1714557600 = 2024-05-01T10:00:00Z (python3: datetime.fromtimestamp(1714557600, tz=timezone.utc))
        String seconds = """
                timestamp,event,fault_type,component,detail
                1714557600,experiment_start,,,
                1714557601.25,fault_injected,network-partition,db,iptables DROP
                1714557601.300,down,,db,
                1714557604.3,up,,db,
                1714557610,experiment_end,,,
                """;
        String millis = """
                timestamp,event,fault_type,component,detail
                1714557600000,experiment_start,,,
                1714557601250,fault_injected,network-partition,db,iptables DROP
                1714557601300,down,,db,
                1714557604300,up,,db,
                1714557610000,experiment_end,,,
                """;
        Outage expected = new Outage("network-partition", "db", Instant.parse("2024-05-01T10:00:01.250Z"),
                Instant.parse("2024-05-01T10:00:01.300Z"), Instant.parse("2024-05-01T10:00:04.300Z"));
        for (String text : List.of(iso, seconds, millis)) {
            ImportRun run = ImportRun.of(importer, text);
            ChaosData data = chaos(run);
            assertThat(data.outages()).containsExactly(expected);
            assertThat(data.windowStart()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
            assertThat(data.windowEnd()).isEqualTo(Instant.parse("2024-05-01T10:00:10Z"));
            assertThat(english(run.context().warnings())).isEmpty();
        }
    }

    @Test
    void mixedEpochUnitsUnknownEventsAndBadTimestampsAreRowProblems() throws Exception {
        String text = """
                timestamp,event,fault_type,component
                1714557600,experiment_start,,
                1714557601250,fault_injected,process-kill,api
                1714557602,crashed,,api
                1714557603,fault_injected,,api
                yesterday,down,,api
                1714557610,experiment_end,,
                """;
        ImportRun run = ImportRun.of(importer, text);
        assertThat(EnglishText.inEnglish(run.context().problems())).containsExactly(
                new Problem(3, 1, "timestamp", "a timestamp in epoch seconds like line 2", "'1714557601250' (looks like epoch milliseconds)"),
                new Problem(4, 2, "event", "one of experiment_start, fault_injected, down, up, fault_cleared, experiment_end", "'crashed'"),
                new Problem(5, 3, "fault_type", "the fault type of a fault_injected event", "nothing"),
                new Problem(6, 1, "timestamp", "a timestamp: ISO-8601 (2025-05-01T10:00:00.123Z) or epoch seconds/milliseconds", "'yesterday'"));
        assertThat(run.context().accepted()).isEqualTo(2);
        assertThat(chaos(run).outages()).isEmpty();
    }

    @Test
    void aDownWithoutUpIsACensoredOutageUntilTheWindowEnd() throws Exception {
        String text = """
                timestamp,event,fault_type,component
                2024-05-01T10:00:00Z,experiment_start,,
                2024-05-01T10:00:05Z,fault_injected,memory-leak,api
                2024-05-01T10:01:00Z,down,,api
                2024-05-01T10:02:00Z,experiment_end,,
                """;
        ImportRun run = ImportRun.of(importer, text);
        assertThat(chaos(run).outages()).containsExactly(new Outage("memory-leak", "api", Instant.parse("2024-05-01T10:00:05Z"),
                Instant.parse("2024-05-01T10:01:00Z"), Instant.parse("2024-05-01T10:02:00Z"), true));
        assertThat(english(run.context().warnings())).containsExactly("line 4: 'down' of component 'api' has no 'up' before the end;"
                + " counted as an outage until the window end (2024-05-01T10:02:00Z) and flagged as censored");
    }

    @Test
    void attributesByComponentAndKeepsTheDownsOwnFaultType() throws Exception {
        String text = """
                timestamp,event,fault_type,component
                2024-05-01T10:00:00Z,experiment_start,,
                2024-05-01T10:00:01Z,fault_injected,cpu-saturation,api
                2024-05-01T10:00:02Z,fault_injected,network-partition,db
                2024-05-01T10:00:03Z,down,,api
                2024-05-01T10:00:04Z,down,disk-full,db
                2024-05-01T10:00:05Z,down,,api
                2024-05-01T10:00:06Z,up,,api
                2024-05-01T10:00:07Z,up,,db
                2024-05-01T10:00:08Z,up,,db
                2024-05-01T10:00:09Z,down,,cache
                2024-05-01T10:00:10Z,up,,cache
                2024-05-01T10:00:20Z,experiment_end,,
                """;
        ImportRun run = ImportRun.of(importer, text);
        assertThat(chaos(run).outages()).containsExactly(
                new Outage("cpu-saturation", "api", Instant.parse("2024-05-01T10:00:01Z"),
                        Instant.parse("2024-05-01T10:00:03Z"), Instant.parse("2024-05-01T10:00:06Z")),
                new Outage("disk-full", "db", null, Instant.parse("2024-05-01T10:00:04Z"), Instant.parse("2024-05-01T10:00:07Z")),
                new Outage("unknown", "cache", null, Instant.parse("2024-05-01T10:00:09Z"), Instant.parse("2024-05-01T10:00:10Z")));
        assertThat(english(run.context().warnings())).containsExactly(
                "line 7: 'down' of component 'api' while it is down since line 5; ignored",
                "line 10: 'up' of component 'db' without a 'down' before it; ignored",
                "some outages have no fault_injected before them: their fault type is 'unknown'");
    }

    @Test
    void aMissingStartOrEndIsTakenFromTheFormOrTheEventsWithAWarning() throws Exception {
        String text = """
                timestamp,event,fault_type,component
                2024-05-01T10:00:01Z,fault_injected,process-kill,api
                2024-05-01T10:00:02Z,down,,api
                2024-05-01T10:00:03Z,up,,api
                """;
        ImportRun run = ImportRun.of(importer, text, Map.of("windowEnd", "2024-05-01T11:00:00Z"));
        ChaosData data = chaos(run);
        assertThat(data.windowStart()).isEqualTo(Instant.parse("2024-05-01T10:00:01Z"));
        assertThat(data.windowEnd()).isEqualTo(Instant.parse("2024-05-01T11:00:00Z"));
        assertThat(english(run.context().warnings())).containsExactly(
                "no experiment_start event: the window starts at the first event (2024-05-01T10:00:01Z), so uptime outside"
                        + " the log is not counted",
                "no experiment_end event: the window uses windowEnd from the upload form (2024-05-01T11:00:00Z)");
    }

    @Test
    void aFileWithoutEventColumnOrRowsCannotBeRead() {
        assertThatThrownBy(() -> ImportRun.of(importer, "timestamp,what\n1,2\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 1: expected a column named event in the header (chaos-events-csv), found columns timestamp,what");
        assertThatThrownBy(() -> ImportRun.of(importer, "timestamp,event\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 2: expected at least one event row after the header (chaos-events-csv), found none");
        assertThatThrownBy(() -> ImportRun.of(importer, "timestamp,event\nnow,down\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("line 2, column 1 (timestamp): expected a timestamp");
    }
}
