package dev.benchboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.share.SharedSnapshot;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13, finding 9: what a share link's reader gets carries no database ids (evaluation, uploads,
 * candidates) at any depth, also from snapshots stored with them, and keeps everything else, the
 * decision tree's own node ids included; sentences that name an upload by id name its file only.
 */
class ReaderViewTest {

    private static final String REPORT = """
            {"evaluationId": 42, "evaluation": "Checkout", "sources": [{"uploadId": 7, "fileName": "ok.csv",
             "format": "hey-csv", "sha256": "abc"}], "candidates": [{"candidate": "Gin", "candidateId": 3,
             "latency": {"p99": {"value": 4.2, "sources": [{"uploadId": 7, "fileName": "ok.csv"}]}, "runs": [{"runId": 11}]},
             "gc": {"traces": [{"traceId": 5, "label": "gc.txt"}]}}],
             "regressions": [{"metric": "p99", "uploadIds": [7, 8], "candidateIds": [3]}]}""";
    private static final String DECISION = """
            {"recommendation": {"top": "Gin", "reasons": ["p99: 15.3 ms from upload 15 (latency-ok.txt), upload 16 (=HYPERLINK(x).txt) → adds 0.25",
             "an upload (of any kind) is fine"]}, "path": [{"node": "net-http-required", "id": "net-http-required",
             "evidence": [{"uploadId": 7, "fileName": "ok.csv"}]}]}""";

    @Test
    void aReaderGetsNoDatabaseIdsAndEverythingElse() {
        SharedReport shared = SharedReport.of(new SharedSnapshot("Checkout", Instant.parse("2026-12-07T12:00:00Z"), null,
                List.of(new SharedSnapshot.SourceUpload(7, "ok.csv", "abc", "Gin")), REPORT, DECISION));
        String document = shared.document().toString();

        for (String id : List.of("evaluationId", "uploadId", "uploadIds", "candidateId", "candidateIds", "runId", "traceId")) {
            assertThat(document).as(id).doesNotContain("\"" + id + "\"");
        }
        JsonNode doc = JsonMapper.shared().readTree(document);
        assertThat(doc.at("/sources/0").has("uploadId")).isFalse();
        assertThat(doc.at("/sources/0/fileName").asString()).isEqualTo("ok.csv");
        assertThat(doc.at("/sources/0/sha256").asString()).isEqualTo("abc");
        assertThat(doc.at("/sources/0/candidate").asString()).isEqualTo("Gin");
        assertThat(doc.at("/report/candidates/0/latency/p99/value").asDouble()).isEqualTo(4.2);
        assertThat(doc.at("/report/candidates/0/latency/p99/sources/0/fileName").asString()).isEqualTo("ok.csv");
        assertThat(doc.at("/report/regressions/0/metric").asString()).isEqualTo("p99");
        assertThat(doc.at("/decision/path/0/id").asString()).as("tree node ids are not database ids").isEqualTo("net-http-required");
        assertThat(doc.at("/decision/recommendation/top").asString()).isEqualTo("Gin");
        assertThat(doc.at("/decision/recommendation/reasons/0").asString()).as("upload ids in sentences")
                .isEqualTo("p99: 15.3 ms from (latency-ok.txt), (=HYPERLINK(x).txt) → adds 0.25");
        assertThat(doc.at("/decision/recommendation/reasons/1").asString()).isEqualTo("an upload (of any kind) is fine");
    }

    @Test
    void theSharedUploadsTableHasNoUploadIdAndFindsTheFormatBySha256() {
        SharedReport shared = SharedReport.of(new SharedSnapshot("Checkout", Instant.parse("2026-12-07T12:00:00Z"), null,
                List.of(new SharedSnapshot.SourceUpload(7, "ok.csv", "abc", "Gin")), REPORT, DECISION));
        String csv = shared.table(ExportTable.UPLOADS).toCsv();
        assertThat(csv.lines().toList()).containsExactly("candidate,file_name,sha256,format", "Gin,ok.csv,abc,hey-csv");
    }
}
