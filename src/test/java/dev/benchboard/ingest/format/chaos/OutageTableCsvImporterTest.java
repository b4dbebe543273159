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
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutageTableCsvImporterTest {

    private final OutageTableCsvImporter importer = new OutageTableCsvImporter();

    @Test
    void theRealRunsTableWithTheFormsWindowEqualsTheEventLog() throws Exception {
        RunTruth truth = RunTruth.load();
        ImportRun run = ImportRun.fixture(importer, "chaos/outage-table.csv",
                Map.of("windowStart", "2026-11-21T23:11:30.385Z", "windowEnd", "2026-11-21T23:12:40.385Z"));
        ChaosData data = ChaosEventsCsvImporterTest.chaos(run);
        ChaosEventsCsvImporterTest.assertMatchesTruth(data.outages(), truth, true);
        assertThat(data.outages()).isEqualTo(ChaosEventsCsvImporterTest.chaos(
                ImportRun.fixture(new ChaosEventsCsvImporter(), "chaos/events.csv")).outages());
        assertThat(data.windowStart()).isEqualTo(truth.windowStart());
        assertThat(data.windowEnd()).isEqualTo(truth.windowEnd());
        assertThat(english(run.context().warnings())).isEmpty();
    }

    @Test
    void withoutAWindowItIsInferredWithAWarning() throws Exception {
        ImportRun run = ImportRun.fixture(importer, "chaos/outage-table.csv");
        ChaosData data = ChaosEventsCsvImporterTest.chaos(run);
        // first injected_at and last up_at of outage-table.csv
        assertThat(data.windowStart()).isEqualTo(Instant.parse("2026-11-21T23:11:34.399Z"));
        assertThat(data.windowEnd()).isEqualTo(Instant.parse("2026-11-21T23:12:33.891Z"));
        assertThat(english(run.context().warnings())).containsExactly("no observation window in the upload form (windowStart/windowEnd):"
                + " inferred as 2026-11-21T23:11:34.399Z – 2026-11-21T23:12:33.891Z from the outages themselves, which leaves"
                + " out uptime before the first and after the last outage and so understates MTBF");
    }

    @Test
    void impossibleOrderIsARowProblemAndABlankUpIsCensored() throws Exception {
        String text = """
                component,fault_type,down_at,up_at,injected_at,note
                api,process-kill,2024-05-01T10:00:02Z,2024-05-01T10:00:05Z,2024-05-01T10:00:01Z,ok
                api,process-kill,2024-05-01T10:00:12Z,2024-05-01T10:00:11Z,,up before down
                api,process-kill,2024-05-01T10:00:20Z,2024-05-01T10:00:25Z,2024-05-01T10:00:21Z,down before injection
                ,memory-leak,2024-05-01T10:00:40Z,,,still down
                =HYPERLINK("x"),cpu,2024-05-01T10:00:50Z,2024-05-01T10:00:51Z,,formula
                """;
        ImportRun run = ImportRun.of(importer, text, Map.of("windowStart", "2024-05-01T10:00:00Z", "windowEnd", "2024-05-01T10:01:00Z"));
        assertThat(ChaosEventsCsvImporterTest.chaos(run).outages()).containsExactly(
                new Outage("process-kill", "api", Instant.parse("2024-05-01T10:00:01Z"), Instant.parse("2024-05-01T10:00:02Z"),
                        Instant.parse("2024-05-01T10:00:05Z")),
                new Outage("memory-leak", null, null, Instant.parse("2024-05-01T10:00:40Z"), Instant.parse("2024-05-01T10:01:00Z"), true));
        assertThat(EnglishText.inEnglish(run.context().problems())).containsExactly(
                new Problem(3, 4, "up_at", "up_at at or after down_at 2024-05-01T10:00:12Z", "'2024-05-01T10:00:11Z'"),
                new Problem(4, 3, "down_at", "down_at at or after injected_at 2024-05-01T10:00:21Z", "'2024-05-01T10:00:20Z'"),
                new Problem(6, 1, "component", "a plain name, not a spreadsheet formula", "'=HYPERLINK(\"x\")'"));
        assertThat(english(run.context().warnings())).containsExactly(
                "line 5: no up_at: counted as an outage until the window end (2024-05-01T10:01:00Z) and flagged as censored");
    }

    @Test
    void aBadWindowHintFailsTheImport() {
        assertThatThrownBy(() -> ImportRun.fixture(importer, "chaos/outage-table.csv", Map.of("windowStart", "last tuesday")))
                .isInstanceOf(ImportException.class)
                .hasMessage("(windowStart): expected a timestamp: ISO-8601 (2025-05-01T10:00:00.123Z) or epoch seconds/milliseconds"
                        + " (outage-table-csv), found 'last tuesday'");
    }

    /** As ProbeLogCsvImporterTest: a windowStart hint after the last outage's end makes no window. */
    @Test
    void aWindowStartHintAfterTheLastOutageIsRefused() {
        assertThatThrownBy(() -> ImportRun.fixture(importer, "chaos/outage-table.csv", Map.of("windowStart", "2030-01-01T00:00:00Z")))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("(windowStart): expected a window start at or before the window end ")
                .hasMessageEndingWith(" (the last outage) (outage-table-csv), found 2030-01-01T00:00:00Z");
    }
}
