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
 * hey does not print its concurrency: five hey runs of a baseline build and five of a slowed build
 * (fixtures/regression/repeated, real runs at -c 16) are not compared until the upload states the load.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
@ActiveProfiles("test")
class StatedLoadApiTest {

    private static final Path REPEATED = Path.of("src/test/resources/fixtures/regression/repeated");

    @Autowired
    MockMvc mvc;

    private long evaluation(String name) throws Exception {
        String body = mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readTree(body).get("id").asLong();
    }

    private JsonNode upload(long evaluation, String candidate, String file, String concurrency, int expectedStatus) throws Exception {
        var request = multipart("/api/evaluations/{id}/uploads", evaluation)
                .file(new MockMultipartFile("file", file, "text/plain", Files.readAllBytes(REPEATED.resolve(file))))
                .param("candidate", candidate);
        if (concurrency != null) request.param("concurrency", concurrency);
        String body = mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readTree(body);
    }

    private List<JsonNode> compare(long evaluation, String concurrency) throws Exception {
        for (int i = 1; i <= 5; i++) {
            upload(evaluation, "baseline", "hey-baseline-" + i + ".txt", concurrency, 201);
            upload(evaluation, "slowed", "hey-slowed-" + i + ".txt", concurrency, 201);
        }
        String body = mvc.perform(get("/api/evaluations/{id}/compare", evaluation).param("baseline", "baseline")
                .param("candidate", "slowed")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readTree(body).get("rows").valueStream().toList();
    }

    @Test
    void runsOfUnknownLoadAreListedNotCompared() throws Exception {
        List<JsonNode> rows = compare(evaluation("hey without -c"), null);
        assertThat(rows).extracting(r -> r.get("metric").asString()).containsExactly("P99", "P50", "throughput");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("verdict").asString()).isEqualTo("not comparable");
            assertThat(r.get("p").isNull()).isTrue();
            assertThat(r.get("reason").asString()).startsWith("not comparable: load unknown: hey did not print");
        });
    }

    @Test
    void aStatedConcurrencyMakesThemComparableAndSaysItWasStated() throws Exception {
        long evaluation = evaluation("hey at -c 16");
        List<JsonNode> rows = compare(evaluation, "16");
        assertThat(rows).extracting(r -> r.get("benchmark").asString()).containsOnly("load test · 16 concurrent (stated)");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("n").asString()).isEqualTo("5/5");
            assertThat(r.get("rows").asInt()).isEqualTo(3);
            assertThat(r.get("verdict").asString()).isEqualTo("unchanged");
        });
        // scipy.stats.mannwhitneyu(P50 baseline, P50 slowed) = 0.24915263858192682 (see RegressionVerdictsOnRealRunsTest).
        assertThat(rows.get(1).get("p").asDouble()).isEqualTo(0.24915263858192682, org.assertj.core.api.Assertions.within(1e-12));

        JsonNode uploads = JsonMapper.shared().readTree(mvc.perform(get("/api/evaluations/{id}/uploads", evaluation))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(uploads.valueStream().toList()).hasSize(10).allSatisfy(u -> {
            assertThat(u.at("/runs/0/concurrency").asDouble()).isEqualTo(16.0);
            assertThat(u.toString()).contains("stated on upload");
        });
    }

    @Test
    void aStatedConcurrencyThatIsNotAWholeNumberIsRefused() throws Exception {
        JsonNode error = upload(evaluation("bad -c"), "baseline", "hey-baseline-1.txt", "sixteen", 422);
        assertThat(error.toString()).contains("concurrency (upload setting)").contains("a whole number of connections/workers");
    }
}
