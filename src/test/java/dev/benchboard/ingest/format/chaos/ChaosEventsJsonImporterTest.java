package dev.benchboard.ingest.format.chaos;

import dev.benchboard.ingest.EnglishText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchboard.ingest.format.fields.ImportRun;
import dev.benchboard.evidence.ChaosData;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.Outage;
import dev.benchboard.ingest.model.Problem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChaosEventsJsonImporterTest {

    private final ChaosEventsJsonImporter importer = new ChaosEventsJsonImporter();

    @Test
    void theJsonFormOfTheRealRunGivesTheSameOutagesAsTheCsv() throws Exception {
        RunTruth truth = RunTruth.load();
        ImportRun run = ImportRun.fixture(importer, "chaos/events.json");
        ChaosData data = ChaosEventsCsvImporterTest.chaos(run);
        ChaosEventsCsvImporterTest.assertMatchesTruth(data.outages(), truth, true);
        assertThat(data.outages()).isEqualTo(ChaosEventsCsvImporterTest.chaos(
                ImportRun.fixture(new ChaosEventsCsvImporter(), "chaos/events.csv")).outages());
        assertThat(data.experiment()).isEqualTo(truth.experiment());
        assertThat(data.windowStart()).isEqualTo(truth.windowStart());
        assertThat(data.windowEnd()).isEqualTo(truth.windowEnd());
        assertThat(data.events()).hasSize(30);
        assertThat(run.context().warnings()).isEmpty();
    }

    /**
     * Found by fuzzing (ArbitraryInputFuzzTest.anyBytes): a file starting with a byte that is not UTF-8
     * was refused with line -1 (Jackson's "unknown" position) instead of a 1-based line.
     */
    @Test
    void bytesThatAreNotUtf8AtTheStartAreRefusedOnLineOne() {
        assertThatThrownBy(() -> ImportRun.ofBytes(importer, new byte[] {(byte) 0xff}))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.line()).isEqualTo(1))
                .hasMessage("line 1: expected UTF-8 text (chaos-events-json), found bytes that are not valid UTF-8 (binary file?)");
    }

    @Test
    void readsNumbersAndStringsAsTimestampsAndReportsBadEventsWithTheirLine() throws Exception {
        String text = """
                {"events": [
                  {"timestamp": 1714557600.000, "event": "experiment_start"},
                  {"timestamp": "2024-05-01T10:00:01Z", "event": "fault_injected", "fault_type": "process-kill", "component": "api"},
                  {"timestamp": 1714557602, "event": "down", "component": "api"},
                  {"timestamp": "1714557604", "event": "up", "component": "api"},
                  {"timestamp": 1714557605, "event": "reboot", "component": "api"},
                  {"timestamp": true, "event": "up"},
                  42,
                  {"timestamp": 1714557610, "event": "experiment_end"}
                ], "experiment": "json run", "extra": {"ignored": [1, 2]}}
                """;
        ImportRun run = ImportRun.of(importer, text);
        ChaosData data = ChaosEventsCsvImporterTest.chaos(run);
        assertThat(data.experiment()).isEqualTo("json run");
        assertThat(data.outages()).containsExactly(new Outage("process-kill", "api", Instant.parse("2024-05-01T10:00:01Z"),
                Instant.parse("2024-05-01T10:00:02Z"), Instant.parse("2024-05-01T10:00:04Z")));
        assertThat(EnglishText.inEnglish(run.context().problems())).containsExactly(
                new Problem(6, null, "event", "one of experiment_start, fault_injected, down, up, fault_cleared, experiment_end", "'reboot'"),
                new Problem(7, null, "timestamp", "a timestamp (ISO-8601 string or epoch number)", "'true'"),
                new Problem(8, null, "events", "an event object", "42"));
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> ImportRun.of(importer, "{\"events\": [\n  {\"timestamp\": 1, \"event\": \"up\"\n  oops]}"))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> {
                    ImportException ie = (ImportException) e;
                    assertThat(ie.line()).isEqualTo(3);
                    assertThat(ie.column()).isEqualTo(3);
                    assertThat(ie.expected().english()).isEqualTo("well-formed JSON");
                });
        assertThatThrownBy(() -> ImportRun.of(importer, "{\"experiment\": \"x\"}"))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 1: expected an \"events\" array (chaos-events-json), found an object without one");
    }
}
