package dev.benchboard.export;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An evaluation built through the REST API from the fixture files, as a CI job would upload them. */
public final class FixtureEvaluation {

    public static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private final MockMvc mvc;
    public final long id;

    private FixtureEvaluation(MockMvc mvc, long id) {
        this.mvc = mvc;
        this.id = id;
    }

    /** Target 20,000 req/s, P99 SLO 25 ms, availability SLO 99.9 %, 30 % headroom, N + 1. */
    public static FixtureEvaluation create(MockMvc mvc, String name) throws Exception {
        String body = mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "%s", "requirements": {"targetQps": 20000, "p99SloMs": 25, "availabilitySlo": 0.999,
                         "headroomPercent": 30, "redundancy": 1, "instanceCores": 2}}""".formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new FixtureEvaluation(mvc, JsonMapper.shared().readTree(body).get("id").asLong());
    }

    public FixtureEvaluation upload(String fixture, String candidate, String... params) throws Exception {
        return uploadAs(fixture, Path.of(fixture).getFileName().toString(), candidate, params);
    }

    /** Uploads a fixture under another file name (the name is all the app knows of the file's origin). */
    public FixtureEvaluation uploadAs(String fixture, String fileName, String candidate, String... params) throws Exception {
        send(fileName, bytes(fixture), candidate, params).andExpect(status().isCreated());
        return this;
    }

    /** Uploads {@code bytes} and returns the answer, whatever it is. */
    public org.springframework.test.web.servlet.ResultActions send(String fileName, byte[] bytes, String candidate,
                                                                   String... params) throws Exception {
        var request = multipart("/api/evaluations/{id}/uploads", id)
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
                .param("candidate", candidate);
        for (int i = 0; i + 1 < params.length; i += 2) request.param(params[i], params[i + 1]);
        return mvc.perform(request);
    }

    public JsonNode json(String url, Object... vars) throws Exception {
        return JsonMapper.shared().readTree(text(url, vars));
    }

    public String text(String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String fixture) throws IOException {
        return Files.readAllBytes(FIXTURES.resolve(fixture));
    }
}
