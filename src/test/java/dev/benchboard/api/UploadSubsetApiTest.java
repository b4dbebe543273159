package dev.benchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
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
 * A report and a comparison from chosen uploads only ({@code ?uploads=…}): the two real wrk sweeps of
 * fixtures/sweep, of which only the runs at 8 connections are chosen.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
@ActiveProfiles("test")
class UploadSubsetApiTest {

    private static final Path SWEEP = Path.of("src/test/resources/fixtures/sweep");
    private static final int[] LEVELS = {1, 2, 4, 8, 16, 32, 64, 128, 256};

    @Autowired
    MockMvc mvc;

    private long evaluation;
    /** "gin/c8.txt" → upload id. */
    private final Map<String, Long> uploads = new HashMap<>();

    @BeforeEach
    void twoSweeps() throws Exception {
        evaluation = json(mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"subset\"}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asLong();
        for (String server : new String[] {"gin", "fasthttp"}) {
            for (int n : LEVELS) {
                String file = server + "/c" + n + ".txt";
                String body = mvc.perform(multipart("/api/evaluations/{id}/uploads", evaluation)
                                .file(new MockMultipartFile("file", "c" + n + ".txt", "text/plain", Files.readAllBytes(SWEEP.resolve(file))))
                                .param("candidate", server.equals("gin") ? "Gin" : "Fasthttp"))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
                uploads.put(file, json(body).get("id").asLong());
            }
        }
    }

    @Test
    void theReportOfChosenUploadsHasOnlyTheirFigures() throws Exception {
        JsonNode all = get("/api/evaluations/" + evaluation + "/report");
        assertThat(gin(all).at("/latency/sources")).hasSize(9);
        assertThat(gin(all).at("/latency/warnings").toString()).contains("runs at 9 concurrency levels");

        String chosen = uploads.get("gin/c8.txt") + "," + uploads.get("fasthttp/c8.txt");
        JsonNode subset = get("/api/evaluations/" + evaluation + "/report?uploads=" + chosen);
        assertThat(gin(subset).at("/latency/sources")).hasSize(1);
        assertThat(gin(subset).at("/latency/sources/0/fileName").asString()).isEqualTo("c8.txt");
        // One run: the Requests/sec wrk printed (45018.68; 184545 requests / the run time printed as 4.10 s = 45010.98 is
        // only the cross-check).
        assertThat(gin(subset).at("/latency/throughput/value").asDouble()).isEqualTo(45018.68);
        assertThat(gin(subset).at("/latency/warnings").toString()).doesNotContain("concurrency levels");

        JsonNode pair = get("/api/evaluations/" + evaluation + "/compare?baseline=Fasthttp&candidate=Gin&uploads=" + chosen);
        assertThat(pair.get("rows").valueStream().map(r -> r.get("benchmark").asString()).distinct())
                .containsExactly("load test · 8 concurrent");
    }

    @Test
    void anUploadOfAnotherEvaluationIsRefused() throws Exception {
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/evaluations/{id}/report", evaluation).param("uploads", uploads.get("gin/c8.txt") + ",999999"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(json(body).get("error").asString()).startsWith("uploads [999999] are not uploads of evaluation " + evaluation);
    }

    private JsonNode get(String url) throws Exception {
        return json(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static JsonNode gin(JsonNode report) {
        return report.get("candidates").valueStream().filter(c -> c.get("candidate").asString().equals("Gin")).findFirst().orElseThrow();
    }

    private static JsonNode json(String body) {
        return JsonMapper.shared().readTree(body);
    }
}
