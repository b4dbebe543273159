package dev.benchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ingest and report path on a real PostgreSQL server (started by ./benchboard test, which sets
 * BENCHBOARD_TEST_PG_URL): the same Flyway migrations, uploads with histograms, GC and chaos data,
 * the report and the decision.
 */
@SpringBootTest(properties = "benchboard.demo.enabled=true")
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
class PostgresIngestIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ingestAndReportOnPostgres() throws Exception {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class)).isGreaterThanOrEqualTo(4);
        String body = mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"on postgres\", \"requirements\": {\"p99SloMs\": 10, \"availabilitySlo\": 0.99}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JsonMapper.shared().readTree(body).get("id").asLong();
        upload(id, "hey-csv/ok.csv", "Gin").andExpect(jsonPath("$.accepted").value(5000));
        upload(id, "gc/leak-gctrace.txt", "Gin").andExpect(jsonPath("$.gcCycles").value(88));
        upload(id, "chaos/events.csv", "Gin").andExpect(jsonPath("$.outages").value(7));
        // The histogram went through bytea and back: the report's P99 is the one of the raw samples.
        mvc.perform(get("/api/evaluations/{id}/report", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates[0].latency.latency.p99.origin").value("ROUNDED_0_1_MS"))
                .andExpect(jsonPath("$.candidates[0].latency.latency.p99.value").isNumber())
                .andExpect(jsonPath("$.candidates[0].gc.headline.heapVerdict").isString())
                .andExpect(jsonPath("$.candidates[0].reliability.report.service.mttrSeconds").isNumber());
        mvc.perform(get("/api/evaluations/{id}/decision", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.recommendation[0].candidate").value("Gin"));
        mvc.perform(post("/api/evaluations/{id}/shares", id)).andExpect(status().isCreated());
    }

    private org.springframework.test.web.servlet.ResultActions upload(long id, String fixture, String candidate) throws Exception {
        return mvc.perform(multipart("/api/evaluations/{id}/uploads", id)
                        .file(new MockMultipartFile("file", Path.of(fixture).getFileName().toString(), "text/plain",
                                Files.readAllBytes(FIXTURES.resolve(fixture))))
                        .param("candidate", candidate))
                .andExpect(status().isCreated());
    }
}
