package dev.benchboard.tracking;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ten wrk runs of fixtures/tracking (README there: commands, machine, ground truth) uploaded in file
 * order through the API as candidate "go-http": runs 01–05 (normal build) as the baseline, 06–10 (the
 * build stalling every 50th request 100 ms) as later uploads, each with its file's run number as label.
 */
public final class TrackingFixtures {

    public static final Path DIR = Path.of("src/test/resources/fixtures/tracking");
    public static final String CANDIDATE = "go-http";

    private TrackingFixtures() {
    }

    public static RequestPostProcessor editor() {
        return user("ci").roles("EDITOR");
    }

    public static List<Path> runs() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().matches("run-\\d\\d-.*\\.txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long evaluation(MockMvc mvc, String name) throws Exception {
        String body = mvc.perform(post("/api/evaluations").with(editor()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readTree(body).get("id").asLong();
    }

    /** Uploads run number {@code index} (0-based) and returns its upload id. */
    public static long upload(MockMvc mvc, long evaluation, int index) throws Exception {
        Path file = runs().get(index);
        String body = mvc.perform(multipart("/api/evaluations/{id}/uploads", evaluation).with(editor())
                        .file(new MockMultipartFile("file", file.getFileName().toString(), "text/plain", Files.readAllBytes(file)))
                        .param("candidate", CANDIDATE)
                        .param("label", "run " + (index + 1))
                        .param("baseline", String.valueOf(index < 5)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readTree(body).get("id").asLong();
    }

    /** All ten in order; the upload ids in the same order. */
    public static List<Long> uploadAll(MockMvc mvc, long evaluation) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < runs().size(); i++) ids.add(upload(mvc, evaluation, i));
        return ids;
    }

    public static JsonNode json(String body) {
        return JsonMapper.shared().readTree(body);
    }
}
