package dev.benchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API end to end over real fixture files: upload, refusals that store nothing, report, decision. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
@ActiveProfiles("test")
class UploadApiTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long evaluation;

    @BeforeEach
    void createEvaluation() throws Exception {
        String body = mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "API test", "requirements": {"targetQps": 20000, "p99SloMs": 25,
                         "availabilitySlo": 0.999, "weights": {"p99": 0.3}}}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requirements.p99SloMs").value(25.0))
                .andExpect(jsonPath("$.weights.p99").value(0.3))
                .andReturn().getResponse().getContentAsString();
        evaluation = JsonMapper.shared().readTree(body).get("id").asLong();
    }

    private ResultActions upload(String name, byte[] bytes, String candidate, String... params) throws Exception {
        var request = multipart("/api/evaluations/{id}/uploads", evaluation)
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("candidate", candidate);
        for (int i = 0; i + 1 < params.length; i += 2) request.param(params[i], params[i + 1]);
        return mvc.perform(request);
    }

    private static byte[] fixture(String path) throws IOException {
        return Files.readAllBytes(FIXTURES.resolve(path));
    }

    private int storedUploads() {
        return jdbc.queryForObject("select count(*) from upload where evaluation_id = ?", Integer.class, evaluation);
    }

    private int storedRows() {
        return jdbc.queryForObject("select (select count(*) from run) + (select count(*) from gc_trace)"
                + " + (select count(*) from chaos_experiment)", Integer.class);
    }

    @Test
    void gctraceIsDetectedStoredWithProvenanceAndRecognisedWhenSentAgain() throws Exception {
        byte[] trace = fixture("gc/leak-gctrace.txt");
        upload("leak-gctrace.txt", trace, "Gin")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("GC"))
                .andExpect(jsonPath("$.format").value("go-gctrace"))
                .andExpect(jsonPath("$.formatDetected").value(true))
                .andExpect(jsonPath("$.accepted").value(88))   // grep -c '^gc ' leak-gctrace.txt
                .andExpect(jsonPath("$.gcCycles").value(88))
                .andExpect(jsonPath("$.sizeBytes").value(trace.length))
                .andExpect(jsonPath("$.sha256").value(sha256(trace)))
                .andExpect(jsonPath("$.candidate").value("Gin"));

        upload("again.txt", trace, "Gin")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error", containsString("same file (same SHA-256)")))
                .andExpect(jsonPath("$.existingUploadId").isNumber());
        assertThat(storedUploads()).isEqualTo(1);

        String report = mvc.perform(get("/api/evaluations/{id}/report", evaluation)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode gin = JsonMapper.shared().readTree(report).at("/candidates/0");
        assertThat(gin.at("/candidate").asString()).isEqualTo("Gin");
        assertThat(gin.at("/gc/headline/heapVerdict").asString()).containsIgnoringCase("leak");
        assertThat(gin.at("/gc/traces/0/source/fileName").asString()).isEqualTo("leak-gctrace.txt");
        assertThat(gin.at("/missing").toString()).contains("no chaos data for Gin");
    }

    @Test
    void gzipChaosLogGivesOutagesAndReliabilityFigures() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(fixture("chaos/events.csv"));
        }
        upload("events.csv.gz", gz.toByteArray(), "Echo")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("CHAOS"))
                .andExpect(jsonPath("$.format").value("chaos-events-csv"))
                .andExpect(jsonPath("$.gzip").value(true))
                .andExpect(jsonPath("$.outages").value(7));   // truth.json: 7 injected outages

        mvc.perform(get("/api/evaluations/{id}/report", evaluation))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates[0].reliability.report.service.availability").isNumber())
                .andExpect(jsonPath("$.candidates[0].reliability.sources[0].fileName").value("events.csv.gz"));
        mvc.perform(get("/api/evaluations/{id}/decision", evaluation))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recommendation").isArray())
                .andExpect(jsonPath("$.path").isArray())
                .andExpect(jsonPath("$.sensitivity").isArray());
    }

    @Test
    void perRequestCsvKeepsItsHistogramThroughTheDatabase() throws Exception {
        upload("ok.csv", fixture("hey-csv/ok.csv"), "Fiber")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("hey-csv"))
                .andExpect(jsonPath("$.accepted").value(5000))
                .andExpect(jsonPath("$.runs[0].rawDistribution").value(true))
                // hey_csv_expected.py over the same file (see HeyCsvImporterTest): p99 = 5.003 ms at 0.1 ms resolution,
                // read back from the stored HdrHistogram (3 significant digits).
                .andExpect(jsonPath("$.runs[0].p99Ms").value(org.hamcrest.Matchers.closeTo(5.003, 0.005)));
        mvc.perform(get("/api/evaluations/{id}/report", evaluation))
                .andExpect(jsonPath("$.candidates[0].latency.latency.p99.origin").value("ROUNDED_0_1_MS"))
                .andExpect(jsonPath("$.candidates[0].latency.latency.p99.value").value(org.hamcrest.Matchers.closeTo(5.003, 0.005)));
    }

    @Test
    void refusedUploadsStoreNothing() throws Exception {
        int rowsBefore = storedRows();
        upload("empty.txt", new byte[0], "Gin")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error", containsString("This file is empty")))
                .andExpect(jsonPath("$.found").value("an empty file"));
        upload("blank.txt", "\n  \n\t\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "Gin")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error", containsString("only blank lines")));
        // A real file that is no tool's output: refused in words, with the tools we read (from the catalogue).
        upload("os-release", Files.readAllBytes(Path.of("/etc/os-release")), "Gin")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error", containsString("Not a result file we know")))
                .andExpect(jsonPath("$.error", containsString("load tests: wrk text (--latency), wrk2 text")))
                .andExpect(jsonPath("$.error", containsString("hey text summary")))
                .andExpect(jsonPath("$.error", containsString("GC: ")))
                .andExpect(jsonPath("$.field").value("format"))
                .andExpect(jsonPath("$.line").value(1))
                .andExpect(jsonPath("$.found", containsString(Files.readAllLines(Path.of("/etc/os-release")).getFirst())));
        // A wrk capture cut off before its summary (fixtures/wrk/README.md): refused with format and line.
        upload("cut.txt", fixture("wrk/cut-before-latency.txt"), "Gin")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.format").value("wrk"))
                .andExpect(jsonPath("$.line").value(3))
                .andExpect(jsonPath("$.expected", containsString("'N requests in T, B read'")));
        upload("junk.bin", new byte[] {0, (byte) 0xFF, (byte) 0xFE, 1, 2, 3, (byte) 0xC3, 0x28}, "Gin")
                .andExpect(status().isUnprocessableContent());
        upload("junk.bin", new byte[] {0, (byte) 0xFF, (byte) 0xFE, 1, 2, 3, (byte) 0xC3, 0x28}, "Gin", "format", "go-gctrace")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.format").value("go-gctrace"))
                .andExpect(jsonPath("$.expected").value("UTF-8 text"));
        // gzip's magic bytes and then a cut-off header (found by the importer fuzzing: it used to fail outside
        // the error handling, a 500)
        upload("trace.txt.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0}, "Gin")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error", containsString("gzip")));
        upload("events.csv", fixture("chaos/events.csv"), "Gin", "kind", "gc")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("which holds CHAOS data, not GC")));
        upload("x.txt", fixture("gc/leak-gctrace.txt"), " ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate"));
        upload("x.txt", fixture("gc/leak-gctrace.txt"), "Gin", "format", "nope")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("unknown format 'nope'"));
        assertThat(storedUploads()).isZero();
        assertThat(storedRows()).isEqualTo(rowsBefore);
        // The candidate named in a refused upload is not created either.
        assertThat(jdbc.queryForObject("select count(*) from candidate where evaluation_id = ?", Integer.class, evaluation)).isZero();
    }

    @Test
    void dryRunPreviewsWithoutStoringAndDeleteRemovesData() throws Exception {
        upload("healthy.txt", fixture("gc/healthy-gctrace.txt"), "Chi", "dryRun", "true")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("go-gctrace"))
                .andExpect(jsonPath("$.gcCycles").value(372))      // grep -c '^gc ' healthy-gctrace.txt
                .andExpect(jsonPath("$.skippedLines").value(47));  // the README's count of application log lines
        assertThat(storedUploads()).isZero();

        String body = upload("healthy.txt", fixture("gc/healthy-gctrace.txt"), "Chi")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JsonMapper.shared().readTree(body).get("id").asLong();
        mvc.perform(get("/api/evaluations/{id}/uploads", evaluation)).andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get("/api/uploads/{id}", id)).andExpect(status().isOk()).andExpect(jsonPath("$.fileName").value("healthy.txt"));
        mvc.perform(delete("/api/uploads/{id}", id)).andExpect(status().isNoContent());
        mvc.perform(get("/api/uploads/{id}", id)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from gc_trace g join upload u on u.id = g.upload_id"
                + " where u.evaluation_id = ?", Integer.class, evaluation)).isZero();
    }

    @Test
    void concurrencyRateLabelAndCoresStatedOnUploadAreStoredWithTheRuns() throws Exception {
        // fixtures/hey/README.md: the same endpoint at hey -c 16 and -c 64; hey prints neither.
        upload("c16.txt", fixture("hey/c16.txt"), "Gin", "concurrency", "16", "cores", "2", "label", "c16")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.label").value("c16"))
                .andExpect(jsonPath("$.runs[0].concurrency").value(16.0))
                .andExpect(jsonPath("$.runs[0].requests").value(4000))
                .andExpect(jsonPath("$.settings.concurrency_source").value("stated on upload"));
        upload("c64.txt", fixture("hey/c64.txt"), "Gin", "concurrency", "64", "cores", "2")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.runs[0].concurrency").value(64.0))
                .andExpect(jsonPath("$.runs[0].requests").value(3968));
        // Two stated levels make a sweep; the capacity says it was measured on the 2 cores stated with both files.
        mvc.perform(get("/api/evaluations/{id}/report", evaluation))
                .andExpect(jsonPath("$.candidates[0].capacity.sweep", hasSize(2)))
                .andExpect(jsonPath("$.candidates[0].capacity.sweepCores").value(2));
        // Not a core count: refused before the file is read, nothing stored.
        upload("c16-again.txt", fixture("hey/ok.txt"), "Gin", "cores", "two")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("cores"))
                .andExpect(jsonPath("$.found").value("two"));
        assertThat(storedUploads()).isEqualTo(2);
    }

    @Test
    void unknownEvaluationIs404() throws Exception {
        upload("x.txt", fixture("gc/leak-gctrace.txt"), "Gin");
        mvc.perform(multipart("/api/evaluations/{id}/uploads", 999_999)
                        .file(new MockMultipartFile("file", "x.txt", "text/plain", fixture("gc/leak-gctrace.txt")))
                        .param("candidate", "Gin"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("evaluation 999999 does not exist"));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
