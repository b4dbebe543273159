package dev.benchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.benchboard.report.GcWindowOverrides;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GC steady window through the API and its store: given on the upload, detected without it, set and
 * reset later (GcWindowOverrides, what the GC view's form calls), and in the report JSON beside the KPIs.
 * Fixture: fixtures/gc/nethttp-gogc100-steady.txt (97 cycles; the detected window is gc 3–97, 4.649–16.385 s,
 * see SteadyWindowRealDataTest; 31 cycles lie between 8 and 12 s).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
@ActiveProfiles("test")
class GcWindowApiTest {

    private static final Path TRACE = Path.of("src/test/resources/fixtures/gc/nethttp-gogc100-steady.txt");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GcWindowOverrides windows;

    long evaluation;

    @BeforeEach
    void createEvaluation() throws Exception {
        String body = mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "GC window", "requirements": {"targetQps": 1000, "p99SloMs": 25, "availabilitySlo": 0.999}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        evaluation = JsonMapper.shared().readTree(body).get("id").asLong();
    }

    /** Calls the store as a signed-in editor would from the GC view (MockMvc requests clear the context). */
    private void setWindow(long trace, Double start, Double end) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("ci", null,
                List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        try {
            windows.set(evaluation, trace, start, end);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ResultActions upload(String candidate, String... params) throws Exception {
        var request = multipart("/api/evaluations/{id}/uploads", evaluation)
                .file(new MockMultipartFile("file", "nethttp.txt", "text/plain", Files.readAllBytes(TRACE)))
                .param("candidate", candidate);
        for (int i = 0; i + 1 < params.length; i += 2) request.param(params[i], params[i + 1]);
        return mvc.perform(request);
    }

    private JsonNode gc(String candidate) throws Exception {
        JsonNode report = JsonMapper.shared().readTree(mvc.perform(get("/api/evaluations/{id}/report", evaluation))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (JsonNode c : report.get("candidates")) {
            if (c.get("candidate").asString().equals(candidate)) return c.get("gc");
        }
        throw new AssertionError("no candidate " + candidate);
    }

    @Test
    void theUploadsWindowIsUsedAndShownBesideTheKpis() throws Exception {
        upload("net/http", "gcWindowStart", "8", "gcWindowEnd", "12").andExpect(status().isCreated());
        JsonNode gc = gc("net/http");
        JsonNode window = gc.at("/traces/0/report/window");
        assertThat(window.get("how").asString()).isEqualTo("overridden");
        assertThat(window.get("cycles").asInt()).isEqualTo(31);
        assertThat(window.get("detail").asString()).startsWith("set by the user: 8–12 s");
        assertThat(gc.at("/headline/window/how").asString()).isEqualTo("overridden");
        assertThat(gc.at("/traces/0/report/cycles").asInt()).isEqualTo(31);
    }

    @Test
    void withoutHintsTheWindowIsDetectedAndCanBeSetAndResetLater() throws Exception {
        upload("net/http").andExpect(status().isCreated());
        JsonNode detected = gc("net/http").at("/traces/0/report/window");
        assertThat(detected.get("how").asString()).isEqualTo("detected");
        assertThat(detected.get("cycles").asInt()).isEqualTo(95);
        assertThat(detected.get("startSeconds").asDouble()).isEqualTo(4.649);
        long trace = gc("net/http").at("/traces/0/traceId").asLong();

        setWindow(trace, 8.0, 12.0);
        assertThat(gc("net/http").at("/traces/0/report/window/cycles").asInt()).isEqualTo(31);
        // kept with the trace in the database, so it survives a restart
        assertThat(jdbc.queryForObject("select settings_json from gc_trace where id = ?", String.class, trace))
                .contains("\"gcWindowStart\":\"8\"").contains("\"gcWindowEnd\":\"12\"");

        setWindow(trace, null, null);
        assertThat(gc("net/http").at("/traces/0/report/window/how").asString()).isEqualTo("detected");

        assertThatThrownBy(() -> setWindow(trace, 12.0, 8.0)).hasMessageContaining("0 ≤ start < end");
        assertThatThrownBy(() -> windows.set(evaluation, trace, 8.0, 12.0)).hasMessageContaining("editor");
    }

    @Test
    void aBadWindowRefusesTheUploadAndStoresNothing() throws Exception {
        upload("net/http", "gcWindowStart", "12", "gcWindowEnd", "8")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.expected").value("gcWindowEnd after gcWindowStart"));
        upload("net/http", "gcWindowStart", "abc", "gcWindowEnd", "8")
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.queryForObject("select count(*) from upload where evaluation_id = ?", Integer.class, evaluation))
                .isZero();
    }
}
