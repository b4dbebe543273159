package dev.benchboard.ingest.format.chaos;

import dev.benchboard.ingest.EnglishText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.ingest.format.fields.ImportRun;
import dev.benchboard.evidence.ChaosData;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.evidence.ReportedReliability;
import org.junit.jupiter.api.Test;

class ReportedSummaryCsvImporterTest {

    private final ReportedSummaryCsvImporter importer = new ReportedSummaryCsvImporter();

    @Test
    void readsTheArticlesTableAsReportedFigures() throws Exception {
        ImportRun run = ImportRun.fixture(importer, "chaos/reported-summary.csv");
        ChaosData data = ChaosEventsCsvImporterTest.chaos(run);
        // decision-knowledge.md: 4.2 h / 87 s / 12.3 %; 6.8 h / 32 s / 5.1 %; 2.1 h / 214 s / 28.7 %
        assertThat(data.reported()).containsExactly(
                new ReportedReliability("network partition", 4.2, 87, 12.3, null),
                new ReportedReliability("CPU saturation", 6.8, 32, 5.1, null),
                new ReportedReliability("memory leak", 2.1, 214, 28.7, null));
        assertThat(data.outages()).isEmpty();
        assertThat(data.windowStart()).isNull();
        assertThat(run.context().warnings()).isEmpty();
    }

    @Test
    void fractionsPercentagesRunsAndBadValues() throws Exception {
        String text = """
                fault_type,mtbf_h,mttr_s,failure_rate_fraction,runs
                pod-kill,10,30,0.05,12
                pod-kill,0,30,0.05,1
                latency,5,-2,0.1,
                dns,5,20,1.5,
                disk,5,20,0.2,2.5
                """;
        ImportRun run = ImportRun.of(importer, text);
        assertThat(ChaosEventsCsvImporterTest.chaos(run).reported())
                .containsExactly(new ReportedReliability("pod-kill", 10, 30, 5.0, 12));
        assertThat(EnglishText.inEnglish(run.context().problems())).containsExactly(
                new Problem(3, 2, "mtbf_h", "an MTBF above 0 hours", "'0'"),
                new Problem(4, 3, "mttr_s", "an MTTR in seconds between 0 and 31536000", "'-2'"),
                new Problem(5, 4, "failure_rate_fraction", "a failure rate as a fraction between 0 and 1", "'1.5'"),
                new Problem(6, 5, "runs", "a whole number of runs", "'2.5'"));
    }

    @Test
    void ratesAllAtMostOneAreReadAsPercentWithAWarning() throws Exception {
        ImportRun run = ImportRun.of(importer, "fault_type,mtbf_h,mttr_s,failure_rate\na,1,2,0.123\nb,1,2,1%\n");
        assertThat(ChaosEventsCsvImporterTest.chaos(run).reported()).extracting(ReportedReliability::failureRate)
                .containsExactly(0.123, 1.0);
        assertThat(run.context().warnings()).hasSize(1).first().asString().startsWith("every failure_rate is at most 1");
    }
}
