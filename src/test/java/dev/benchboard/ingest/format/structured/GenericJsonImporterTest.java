package dev.benchboard.ingest.format.structured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.Percentile;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.evidence.RunData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Figures are the fixture's own values (generic-json/*.json). */
class GenericJsonImporterTest {

    private final GenericJsonImporter importer = new GenericJsonImporter();

    @Test
    void readsACandidateObject() throws Exception {
        Imported imported = Imported.fixture(importer, "generic-json/candidate.json");
        assertThat(imported.labels()).containsExactly("r1", "r2");
        RunData r1 = imported.run("r1");
        assertThat(r1.settings()).containsEntry("candidate", "gin").containsEntry("tool", "wrk2");
        assertThat(r1.throughputRps()).isEqualTo(115093.7);
        assertThat(r1.requests()).isEqualTo(3452811);
        assertThat(r1.meanMs()).isEqualTo(0.55);
        assertThat(r1.percentiles()).extracting(Percentile::percentile).containsExactly(50.0, 90.0, 99.0, 99.9);
        assertThat(r1.metrics()).containsEntry("rss_mb", 18.4).containsEntry("cpu_pct", 182.5);
        RunData r2 = imported.run("r2");
        assertThat(r2.throughputRps()).isEqualTo(3441027 / 30.0);      // requests / duration_s
        assertThat(Imported.percentile(r2, 99).valueMs()).isEqualTo(2.21); // written as the string "2.21"
        assertThat(imported.context().problemCount()).isZero();
    }

    @Test
    void readsAnArrayOfCandidatesWhateverTheKeyOrder() throws Exception {
        Imported imported = Imported.fixture(importer, "generic-json/array.json");
        assertThat(imported.result().runs()).extracting(r -> r.settings().get("candidate") + "/" + r.label())
                .containsExactly("echo/c256", "chi/c256", "chi/c512");   // echo's candidate comes after its runs
        assertThat(imported.result().runs().get(2).meanMs()).isEqualTo(5.9);
        assertThat(imported.result().runs().get(2).concurrency()).isEqualTo(512.0);
    }

    @Test
    void reportsAnUnusableRunAtTheLineOfItsField() throws Exception {
        String json = """
                {"candidate": "gin", "runs": [
                  {"run": "a", "rps": 100, "p99_ms": 5},
                  {"run": "b",
                   "rps": "fast", "p99_ms": 5},
                  {"run": "c", "rps": 100},
                  42,
                  {"run": "d", "rps": 100, "p50_ms": -2, "p99_ms": 5, "candidate": "gin-tuned"}
                ]}""";
        Imported imported = Imported.text(importer, json);
        assertThat(imported.context().problems()).extracting(p -> p.message().english()).containsExactly(
                "line 4 (rps): expected a number ≥ 0, found 'fast'",
                "line 5: expected at least one latency figure (mean_ms, min_ms, max_ms or a pNN_ms such as p99_ms), found none in this row",
                "line 6, column 3 (runs[]): expected a run object, found 42",
                "line 7 (p50_ms): expected a latency between 0 and 1 h (3600000 ms), found '-2'");
        assertThat(imported.labels()).containsExactly("a");
    }

    @Test
    void addsCandidateFieldsWrittenAfterTheRuns() throws Exception {
        String json = "{\"runs\": [{\"rps\": 1, \"p99_ms\": 2}, {\"rps\": 1, \"p99_ms\": 3, \"candidate\": \"own\"}],"
                + " \"tool\": \"wrk\", \"candidate\": \"gin\"}";
        Imported imported = Imported.text(importer, json);
        assertThat(imported.result().runs()).extracting(r -> r.settings().get("candidate") + "/" + r.settings().get("tool"))
                .containsExactly("gin/wrk", "own/wrk");
    }

    @Test
    void letsARunNameItsOwnCandidate() throws Exception {
        String json = "{\"candidate\": \"gin\", \"runs\": [{\"rps\": 1, \"p99_ms\": 2, \"candidate\": \"gin-tuned\"}, {\"rps\": 1, \"p99_ms\": 2}]}";
        Imported imported = Imported.text(importer, json);
        assertThat(imported.result().runs()).extracting(r -> r.settings().get("candidate") + "/" + r.label())
                .containsExactly("gin-tuned/#1", "gin/#2");
    }

    @Test
    void failsOnTruncatedJsonNamingLineAndColumn() {
        String json = "[{\"candidate\": \"gin\", \"runs\": [\n  {\"rps\": 100, \"p99_ms\": 5}\n";
        assertThatThrownBy(() -> Imported.text(importer, json))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 3, column 1: expected the rest of the array and its closing ']' (generic-json),"
                        + " found the end of the file (truncated?)");
    }

    @Test
    void failsOnSomethingElseThanCandidates() {
        assertThatThrownBy(() -> Imported.text(importer, "\"runs\""))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 1, column 1: expected a candidate object or an array of them (generic-json), found runs");
    }

    @Test
    void streamsManyRunsWithoutBuildingOneTree() throws Exception {
        // 200,000 runs (≈ 11 MB): only one run object is a tree at any time
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("{\"candidate\": \"gin\", \"runs\": [".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 200_000; i++) {
            out.write(((i == 0 ? "" : ",") + "{\"run\":\"r" + i + "\",\"rps\":" + (1000 + i) + ",\"p99_ms\":" + (i % 50) + ".5}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.write("]}".getBytes(StandardCharsets.UTF_8));
        Imported imported = Imported.bytes(importer, out.toByteArray());
        assertThat(imported.result().runs()).hasSize(200_000);
        assertThat(imported.result().runs().get(199_999).throughputRps()).isEqualTo(200_999.0);
    }

    @Test
    void detectsGenericJsonOnly() throws Exception {
        assertThat(importer.detect(Imported.head("generic-json/candidate.json"))).isEqualTo(90);
        assertThat(importer.detect(Imported.head("generic-json/array.json"))).isEqualTo(90);
        assertThat(importer.detect(Imported.head("k6-summary/handle-summary.json"))).isZero();
        assertThat(importer.detect(Imported.head("vegeta/report.json"))).isZero();
        assertThat(importer.detect(Imported.head("generic-csv/runs.csv"))).isZero();
    }
}
