package dev.benchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.benchboard.export.FixtureEvaluation;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13, finding 3: a candidate's display name is free text ("@nestjs/core" broke the report,
 * decision and share link with "frameworkKey must not be blank"); its framework profile is chosen
 * apart from it (matched by alias, or picked), and a candidate without one is still reported and decided.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
@ActiveProfiles("test")
class CandidateNamesBreakEvaluationsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    FixtureEvaluation fixture;
    long evaluation;

    @BeforeEach
    void createEvaluation() throws Exception {
        fixture = FixtureEvaluation.create(mvc, "finding 3");
        evaluation = fixture.id;
    }

    private ResultActions upload(String file, String candidate, String... params) throws Exception {
        return fixture.send(Path.of(file).getFileName().toString(), FixtureEvaluation.bytes(file), candidate, params);
    }

    private JsonNode json(ResultActions result) throws Exception {
        return JsonMapper.shared().readTree(result.andReturn().getResponse().getContentAsString());
    }

    private JsonNode candidate(String name) throws Exception {
        JsonNode details = json(mvc.perform(get("/api/evaluations/{id}", evaluation)).andExpect(status().isOk()));
        for (JsonNode c : details.get("candidates")) if (c.get("name").asString().equals(name)) return c;
        throw new AssertionError("no candidate " + name + " in " + details);
    }

    @ParameterizedTest
    @ValueSource(strings = {"@nestjs/core", "/api-gateway", ":8080 service"})
    void aCandidateNamedLikeAPathGetsItsReportDecisionAndShareLink(String name) throws Exception {
        upload("hey-csv/ok.csv", name).andExpect(status().isCreated());
        upload("gc/leak-gctrace.txt", "Gin").andExpect(status().isCreated());
        assertThat(candidate(name).get("framework").isNull()).as("no profile").isTrue();

        // hey_csv_expected.py over ok.csv (see HeyCsvImporterTest): p99 = 5.003 ms at 0.1 ms resolution
        JsonNode report = json(mvc.perform(get("/api/evaluations/{id}/report", evaluation)).andExpect(status().isOk()));
        JsonNode measured = null;
        for (JsonNode c : report.get("candidates")) if (c.get("candidate").asString().equals(name)) measured = c;
        assertThat(measured).isNotNull();
        assertThat(measured.at("/latency/latency/p99/value").asDouble()).isCloseTo(5.003, org.assertj.core.data.Offset.offset(0.005));

        JsonNode decision = json(mvc.perform(get("/api/evaluations/{id}/decision", evaluation)).andExpect(status().isOk()));
        JsonNode recommended = null;
        for (JsonNode r : decision.get("recommendation")) if (r.get("candidate").asString().equals(name)) recommended = r;
        assertThat(recommended).as("a decision for " + name + " in " + decision).isNotNull();
        assertThat(recommended.get("excluded").asBoolean()).isFalse();
        assertThat(recommended.get("score").isNumber()).isTrue();
        // its profile-based criterion is shown as missing, not guessed
        assertThat(recommended.get("reasons").toString()).contains("ecosystem").contains("no framework profile");
        assertThat(decision.get("notes").toString()).contains(name + "': no framework profile chosen");

        JsonNode share = json(mvc.perform(post("/api/evaluations/{id}/shares", evaluation)).andExpect(status().isCreated()));
        mvc.perform(get("/r/{token}/report.json", share.get("token").asString()))
                .andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString()).contains(name));
        mvc.perform(get("/api/evaluations/{id}/report.json", evaluation)).andExpect(status().isOk());
    }

    @Test
    void anEvaluationBrokenBeforeTheFixReportsAndDecidesAgain() throws Exception {
        upload("hey-csv/ok.csv", "@nestjs/core").andExpect(status().isCreated());
        // what the old rule stored for "@nestjs/core" (its first word before '@', '/' or ':'), before V7 cleaned it up
        jdbc.update("update candidate set framework = '' where evaluation_id = ?", evaluation);
        mvc.perform(get("/api/evaluations/{id}/decision", evaluation)).andExpect(status().isOk())
                .andExpect(jsonPath("$.recommendation[0].candidate").value("@nestjs/core"));
        mvc.perform(post("/api/evaluations/{id}/shares", evaluation)).andExpect(status().isCreated());
    }

    @ParameterizedTest
    @CsvSource({
            "net/http, nethttp",
            "net/http ServeMux (Go 1.22), nethttp",
            "Gin, gin",
            "gin-gonic/gin, gin",
            "github.com/gin-gonic/gin v1.10.0, gin",
            "Echo v4, echo",
            "github.com/labstack/echo/v4, echo",
            "gofiber/fiber/v2, fiber",
            "go-chi/chi/v5, chi",
            "fasthttp, fasthttp",
            "valyala/fasthttp, fasthttp"})
    void aNewCandidateGetsTheProfileItsNameNamesByAlias(String name, String profile) throws Exception {
        upload("hey/ok.txt", name).andExpect(status().isCreated());
        assertThat(candidate(name).get("framework").asString()).isEqualTo(profile);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Engine", "network", "Ginger", "@nestjs/core"})
    void aNameThatNamesNoProfileGetsNone(String name) throws Exception {
        upload("hey/ok.txt", name).andExpect(status().isCreated());
        assertThat(candidate(name).get("framework").isNull()).isTrue();
    }

    @Test
    void theProfileCanBePickedOnUploadOrSetToNone() throws Exception {
        upload("hey/ok.txt", "checkout-api", "framework", "Echo").andExpect(status().isCreated());
        assertThat(candidate("checkout-api").get("framework").asString()).isEqualTo("echo");
        upload("hey/errors.txt", "gin-fork", "framework", "none").andExpect(status().isCreated());
        assertThat(candidate("gin-fork").get("framework").isNull()).isTrue();
        // the same profile again is fine; another one for an existing candidate is refused, not ignored
        upload("hey-csv/ok.csv", "checkout-api", "framework", "echo").andExpect(status().isCreated());
        upload("hey-csv/flaky.csv", "checkout-api", "framework", "gin")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("already has the profile 'echo'")));
    }

    @Test
    void anUnknownProfileIsRefusedBeforeTheFileIsReadAndNothingIsStored() throws Exception {
        upload("hey/ok.txt", "checkout-api", "framework", "nestjs")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("framework"))
                .andExpect(jsonPath("$.error", containsString("expected one of chi, echo, fasthttp, fiber, gin, nethttp or none")));
        assertThat(jdbc.queryForObject("select count(*) from candidate where evaluation_id = ?", Integer.class, evaluation)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from upload where evaluation_id = ?", Integer.class, evaluation)).isZero();
    }

    @Test
    void candidatesAreCreatedWithAPickedProfileAndTheProfilesAreListed() throws Exception {
        mvc.perform(get("/api/frameworks")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == 'gin')].aliases[0]").value("gin-gonic/gin"))
                .andExpect(jsonPath("$[?(@.key == 'nethttp')].displayName").value("net/http"));
        mvc.perform(post("/api/evaluations/{id}/candidates", evaluation).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"@nestjs/core\", \"framework\": \"fiber\", \"version\": \"11.1\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.framework").value("fiber"));
        mvc.perform(post("/api/evaluations/{id}/candidates", evaluation).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"net/http\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.framework").value("nethttp"));
    }
}
