package dev.benchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real data through the API: go test -bench output of a baseline and of a build where only Checksum
 * was deliberately slowed (fixtures/go-bench, made by src/test/fixtures-tools/make-cli-fixtures.sh).
 * scipy.stats.mannwhitneyu on the same samples: Checksum +29.4 % (p = 0.00018), ParseQuery +4.2 %
 * (p = 0.88), EncodeRecords −3.5 % (p = 0.94).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
@ActiveProfiles("test")
class RegressionApiTest {

    private static final Path GO_BENCH = Path.of("src/test/resources/fixtures/go-bench");

    @Autowired
    MockMvc mvc;

    private long evaluation() throws Exception {
        String body = mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"go bench regression\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readTree(body).get("id").asLong();
    }

    private void upload(long evaluation, String file, boolean baseline) throws Exception {
        mvc.perform(multipart("/api/evaluations/{id}/uploads", evaluation)
                        .file(new MockMultipartFile("file", file, "text/plain", Files.readAllBytes(GO_BENCH.resolve(file))))
                        .param("candidate", "parser")
                        .param("baseline", String.valueOf(baseline)))
                .andExpect(status().isCreated());
    }

    @Test
    void onlyTheSlowedBenchmarkIsRegressed() throws Exception {
        long evaluation = evaluation();
        upload(evaluation, "baseline.txt", true);
        upload(evaluation, "slowed.txt", false);

        JsonNode report = JsonMapper.shared().readTree(mvc.perform(get("/api/evaluations/{id}/report", evaluation))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<JsonNode> nsPerOp = report.get("regressions").valueStream()
                .filter(row -> row.get("unit").asString().equals("ns/op")).toList();
        assertThat(nsPerOp).extracting(row -> row.get("benchmark").asString())
                .containsExactlyInAnyOrder("BenchmarkChecksum", "BenchmarkParseQuery", "BenchmarkEncodeRecords");
        for (JsonNode row : nsPerOp) {
            String expected = row.get("benchmark").asString().equals("BenchmarkChecksum") ? "regressed" : "unchanged";
            assertThat(row.get("verdict").asString()).as(row.toString()).isEqualTo(expected);
            assertThat(row.get("n").asString()).isEqualTo("10/10");
        }
        JsonNode checksum = nsPerOp.stream().filter(r -> r.get("benchmark").asString().equals("BenchmarkChecksum")).findFirst().orElseThrow();
        assertThat(checksum.get("deltaPercent").asDouble()).isBetween(25.0, 35.0);
        assertThat(checksum.get("p").asDouble()).isLessThan(0.001);
        assertThat(checksum.get("method").asString()).contains("Mann-Whitney");
        // Traceable: each side's uploads, with the hash to check the bytes against.
        assertThat(checksum.at("/baselineSources/0/fileName").asString()).isEqualTo("baseline.txt");
        assertThat(checksum.get("baselineSources")).hasSize(1);
        assertThat(checksum.at("/candidateSources/0/fileName").asString()).isEqualTo("slowed.txt");
        assertThat(checksum.at("/candidateSources/0/sha256").asString()).hasSize(64);

        String text = mvc.perform(get("/api/evaluations/{id}/compare", evaluation)
                        .param("baseline", "parser").param("candidate", "parser").param("format", "text"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(text).contains("Checksum").contains("regressed").contains("geomean");
    }
}
