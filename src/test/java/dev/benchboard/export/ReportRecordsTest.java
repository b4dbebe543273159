package dev.benchboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.common.Json;
import dev.benchboard.report.DemoReportUnchangedTest;
import dev.benchboard.report.EvaluationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report frozen as JSON (a share link's snapshot) reads back into the report's records without losing a field:
 * written again, it is the JSON it was read from. The JSON is the demo's report as recorded before export read
 * records (see {@link DemoReportUnchangedTest}).
 */
class ReportRecordsTest {

    private static final Path DEMO = Path.of("src/test/resources/report/demo-report.json");

    @Test
    void theDemoReportReadsBackIntoItsRecordsLosingNothing() throws Exception {
        String json = Files.readString(DEMO);
        EvaluationReport report = ReportRecords.read(Json.mapper().readTree(json));
        ObjectNode again = Json.mapper().valueToTree(report);
        again.remove("generatedAt");   // not recorded: the clock, not a figure
        assertThat(DemoReportUnchangedTest.canonical(Json.mapper().writeValueAsString(again)))
                .isEqualTo(DemoReportUnchangedTest.canonical(json));
    }

    @Test
    void aReadersCopyWithoutIdsReadsToo() throws Exception {
        JsonNode readers = ReaderView.of(Json.mapper().readTree(Files.readString(DEMO)));
        EvaluationReport report = ReportRecords.read(readers);
        assertThat(report.evaluationId()).isZero();
        assertThat(report.candidates()).extracting(c -> c.candidate()).isNotEmpty();
        assertThat(CandidateHeadline.all(report)).hasSameSizeAs(report.candidates());
    }
}
