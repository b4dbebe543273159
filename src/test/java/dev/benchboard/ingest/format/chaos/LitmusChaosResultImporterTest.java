package dev.benchboard.ingest.format.chaos;

import dev.benchboard.ingest.EnglishText;
import static dev.benchboard.ingest.EnglishText.english;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchboard.ingest.format.fields.ImportRun;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.LitmusResult;
import dev.benchboard.ingest.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class LitmusChaosResultImporterTest {

    private final LitmusChaosResultImporter importer = new LitmusChaosResultImporter();

    private static List<LitmusResult> results(ImportRun run) {
        return ChaosEventsCsvImporterTest.chaos(run).litmus();
    }

    @Test
    void readsAKubectlList() throws Exception {
        ImportRun run = ImportRun.fixture(importer, "chaos/litmus/chaosresult-list.json");
        List<LitmusResult> results = results(run);
        assertThat(results).hasSize(3);
        assertThat(results.get(0)).isEqualTo(new LitmusResult("api-chaos-pod-delete", "pod-delete", "Pass", 100, 4, 0));
        assertThat(results.get(1)).isEqualTo(new LitmusResult("api-chaos-pod-network-loss", "pod-network-loss", "Fail", 50, 2, 1));
        LitmusResult stopped = results.get(2);
        assertThat(stopped.name()).isEqualTo("api-chaos-pod-cpu-hog");
        assertThat(stopped.experiment()).isEqualTo("pod-cpu-hog");
        assertThat(stopped.verdict()).isEqualTo("Stopped");
        assertThat(stopped.probeSuccessPercent()).isNaN();
        assertThat(List.of(stopped.passedRuns(), stopped.failedRuns())).containsExactly(1, 0);
        assertThat(english(run.context().warnings())).containsExactly(
                "api-chaos-pod-cpu-hog (line 127): probeSuccessPercentage N/A (no probes ran): its probe score is unknown (NaN)");
        assertThat(run.context().problemCount()).isZero();
    }

    @Test
    void readsASingleChaosResult() throws Exception {
        ImportRun run = ImportRun.fixture(importer, "chaos/litmus/chaosresult-single.json");
        assertThat(results(run)).containsExactly(
                new LitmusResult("checkout-chaos-container-kill", "container-kill", "Fail", 75, 9, 3));
        assertThat(english(run.context().warnings())).isEmpty();
    }

    @Test
    void runningResultsOtherKindsAndBadFieldsAndLegacyResults() throws Exception {
        String text = """
                {"apiVersion": "v1", "kind": "List", "items": [
                  {"kind": "ChaosResult", "metadata": {"name": "a"}, "spec": {"experiment": "pod-delete"},
                   "status": {"experimentStatus": {"phase": "Running", "verdict": "Awaited", "probeSuccessPercentage": "Awaited"},
                              "history": {"passedRuns": 0, "failedRuns": 0}}},
                  {"kind": "ChaosEngine", "metadata": {"name": "engine"}},
                  {"kind": "ChaosResult", "metadata": {"name": "b"}, "spec": {"experiment": "pod-delete"},
                   "status": {"experimentStatus": {"verdict": "Pass", "probeSuccessPercentage": "120"}}},
                  {"kind": "ChaosResult", "metadata": {"name": "c"}, "spec": {"experiment": "pod-delete"},
                   "status": {"experimentStatus": {"verdict": "Pass", "probeSuccessPercentage": "100"},
                              "history": {"passedRuns": -1, "failedRuns": 0}}},
                  {"apiVersion": "litmuschaos.io/v1alpha1", "kind": "ChaosResult", "metadata": {"name": "legacy"},
                   "spec": {"engine": "nginx", "experiment": "container-kill", "experimentstatus": {"phase": null, "verdict": "pass"}}}
                ]}
                """;
        ImportRun run = ImportRun.of(importer, text);
        assertThat(results(run)).hasSize(1);
        LitmusResult legacy = results(run).getFirst();
        assertThat(List.of(legacy.name(), legacy.experiment(), legacy.verdict())).containsExactly("legacy", "container-kill", "Pass");
        assertThat(legacy.probeSuccessPercent()).isNaN();
        assertThat(EnglishText.inEnglish(run.context().problems())).containsExactly(
                new Problem(2, null, "items[0].status.experimentStatus.verdict",
                        "a final verdict (Pass, Fail or Stopped); the experiment is still running", "'Awaited'"),
                new Problem(6, null, "items[2].status.experimentStatus.probeSuccessPercentage",
                        "a percentage between 0 and 100 or \"N/A\"", "'\"120\"'"),
                new Problem(8, null, "items[3].status.history.passedRuns", "a whole number of runs, 0 or more", "'-1'"));
        assertThat(run.context().skippedLines()).isEqualTo(1);
        assertThat(english(run.context().warnings())).containsExactly(
                "legacy (line 11): no probeSuccessPercentage: its probe score is unknown (NaN)",
                "legacy (line 11): no status.history (a Litmus 1.x result?): runs counted as 0",
                "1 item(s) of other kinds than ChaosResult were skipped");
    }

    @Test
    void notAChaosResultDocument() {
        assertThatThrownBy(() -> ImportRun.of(importer, "[1, 2]"))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 1: expected a JSON object (a ChaosResult or a List of them) (litmus-chaosresult), found an array");
    }
}
