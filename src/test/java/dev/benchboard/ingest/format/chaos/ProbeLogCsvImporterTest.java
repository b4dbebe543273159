package dev.benchboard.ingest.format.chaos;

import dev.benchboard.ingest.EnglishText;
import static dev.benchboard.ingest.EnglishText.english;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.format.fields.ImportRun;
import dev.benchboard.evidence.ChaosData;
import dev.benchboard.evidence.Outage;
import dev.benchboard.ingest.model.Problem;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProbeLogCsvImporterTest {

    private final ProbeLogCsvImporter importer = new ProbeLogCsvImporter();

    @Test
    void theRealProbeLogGivesTheInjectedOutages() throws Exception {
        ImportRun run = ImportRun.fixture(importer, "chaos/probe-log.csv");
        ChaosData data = ChaosEventsCsvImporterTest.chaos(run);
        ChaosEventsCsvImporterTest.assertMatchesTruth(data.outages(), RunTruth.load(), false);
        assertThat(data.outages()).allSatisfy(o -> {
            assertThat(o.faultType()).isEqualTo("unknown");
            assertThat(o.component()).isNull();
            assertThat(o.injectedAt()).isNull();
        });
        // first and last probe: head -2 / tail -1 of probe-log.csv
        assertThat(data.windowStart()).isEqualTo(Instant.parse("2026-11-21T23:11:29.490Z"));
        assertThat(data.windowEnd()).isEqualTo(Instant.parse("2026-11-21T23:12:40.791Z"));
        assertThat(run.context().accepted()).isEqualTo(714);          // wc -l minus the header
        // gaps between probe starts (awk over the file): 490 of 713 are exactly 100 ms, the median
        assertThat(run.context().settings()).containsEntry("probe_interval_ms", "100").containsEntry("probes", "714");
        assertThat(english(run.context().warnings())).isEmpty();
    }

    @Test
    void theFormGivesComponentAndWindow() throws Exception {
        RunTruth truth = RunTruth.load();
        ImportRun run = ImportRun.fixture(importer, "chaos/probe-log.csv", Map.of("component", "api",
                "windowStart", truth.windowStart().toString(), "windowEnd", Long.toString(truth.windowEnd().toEpochMilli())));
        ChaosData data = ChaosEventsCsvImporterTest.chaos(run);
        assertThat(data.windowStart()).isEqualTo(truth.windowStart());
        assertThat(data.windowEnd()).isEqualTo(truth.windowEnd());
        assertThat(data.outages()).allSatisfy(o -> assertThat(o.component()).isEqualTo("api"));
        assertThat(english(run.context().warnings())).containsExactly("probes run from 2026-11-21T23:11:29.490Z to"
                + " 2026-11-21T23:12:40.791Z, beyond the window 2026-11-21T23:11:30.385Z – 2026-11-21T23:12:40.385Z from the upload form");
    }

    @Test
    void okIsTrueFalseOneZeroOrAnHttpStatus() throws Exception {
        String text = """
                timestamp,ok,latency_ms
                1714557600.0,true,1.2
                1714557600.1,200,1.0
                1714557600.2,FALSE,80
                1714557600.3,503,2.0
                1714557600.4,000,80
                1714557600.5,1,1.1
                1714557600.6,0,80
                1714557600.7,301,1.5
                1714557600.8,maybe,1.0
                1714557600.9,200,-3
                1714557601.0,404,
                """;
        ImportRun run = ImportRun.of(importer, text);
        ChaosData data = ChaosEventsCsvImporterTest.chaos(run);
        assertThat(data.outages()).containsExactly(
                new Outage("unknown", null, null, Instant.parse("2024-05-01T10:00:00.200Z"), Instant.parse("2024-05-01T10:00:00.500Z")),
                new Outage("unknown", null, null, Instant.parse("2024-05-01T10:00:00.600Z"), Instant.parse("2024-05-01T10:00:00.700Z")),
                new Outage("unknown", null, null, Instant.parse("2024-05-01T10:00:01Z"), Instant.parse("2024-05-01T10:00:01Z"), true));
        assertThat(EnglishText.inEnglish(run.context().problems())).containsExactly(
                new Problem(10, 2, "ok", "true/false, 1/0 or an HTTP status (100-599)", "'maybe'"),
                new Problem(11, 3, "latency_ms", "a latency in ms between 0 and 86400000", "'-3'"));
        assertThat(english(run.context().warnings())).containsExactly("the log ends while probes fail (since 2024-05-01T10:00:01Z):"
                + " counted as an outage until 2024-05-01T10:00:01Z and flagged as censored");
    }

    @Test
    void unorderedProbesAreSorted() throws Exception {
        String text = "timestamp,ok\n1714557600.2,false\n1714557600.0,true\n1714557600.3,true\n1714557600.1,true\n";
        ImportRun run = ImportRun.of(importer, text);
        assertThat(ChaosEventsCsvImporterTest.chaos(run).outages()).containsExactly(new Outage("unknown", null, null,
                Instant.parse("2024-05-01T10:00:00.200Z"), Instant.parse("2024-05-01T10:00:00.300Z")));
        assertThat(english(run.context().warnings())).containsExactly("probes are not in time order; they were sorted by timestamp");
    }

    /**
     * Found by fuzzing (FixtureMutationFuzzTest.hints): a windowEnd hint of "0" (epoch 0) with no
     * windowStart made a window from the first probe (2026) back to 1970 — a negative observation time.
     * A window end before the data's start is refused, naming the hint.
     */
    @Test
    void aWindowEndHintBeforeTheFirstProbeIsRefused() {
        assertThatThrownBy(() -> ImportRun.fixture(importer, "chaos/probe-log.csv", Map.of("windowEnd", "0")))
                .isInstanceOf(ImportException.class)
                .hasMessage("(windowEnd): expected a window end at or after the window start 2026-11-21T23:11:29.490Z"
                        + " (the first probe) (probe-log-csv), found 1970-01-01T00:00:00Z");
    }
}
