package dev.benchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Column mappings over the API, on the real chaos run of fixtures/chaos/attribution: the driver's
 * home-made CSV is refused without a mapping, read with an inline one (saved by its name), read again
 * by itself for a file with the same header, and combined with the probe log in the report. Figures:
 * {@code python3 src/test/fixtures-tools/attribution_reference.py …/probe-log.csv …/driver-log.csv}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
@ActiveProfiles("test")
class ColumnMappingApiTest {

    static final Path RUN = Path.of("src/test/resources/fixtures/chaos/attribution");
    static final String MAPPING = """
            {"name": "chaos driver", "kind": "chaos", "roles": {"fault": "fault", "start": "start_unix_ms", "end": "ready_unix_ms"}, "timeUnit": "ms"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long evaluation;

    @BeforeEach
    void createEvaluation() throws Exception {
        String body = mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"mapping test\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        evaluation = JsonMapper.shared().readTree(body).get("id").asLong();
    }

    private ResultActions upload(String name, byte[] bytes, String candidate, String... params) throws Exception {
        var request = multipart("/api/evaluations/{id}/uploads", evaluation)
                .file(new MockMultipartFile("file", name, "text/csv", bytes)).param("candidate", candidate);
        for (int i = 0; i + 1 < params.length; i += 2) request.param(params[i], params[i + 1]);
        return mvc.perform(request);
    }

    private int mappings() {
        return jdbc.queryForObject("select count(*) from column_mapping where evaluation_id = ?", Integer.class, evaluation);
    }

    @Test
    void theDriverLogIsRefusedThenReadByAMappingThatIsSavedAndReusedForTheSameHeader() throws Exception {
        byte[] driver = Files.readAllBytes(RUN.resolve("driver-log.csv"));
        upload("driver-log.csv", driver, "net/http")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error").value(containsString("match none of the formats we read")))
                .andExpect(jsonPath("$.error").value(containsString("map its columns")));

        upload("driver-log.csv", driver, "net/http", "mapping", MAPPING)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("mapped-csv"))
                .andExpect(jsonPath("$.kind").value("CHAOS"))
                .andExpect(jsonPath("$.outages").value(9))
                .andExpect(jsonPath("$.mapping").value(containsString("\"name\":\"chaos driver\"")));
        assertThat(mappings()).isEqualTo(1);
        mvc.perform(get("/api/evaluations/{id}/mappings", evaluation)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("chaos driver"))
                .andExpect(jsonPath("$[0].roles.end").value("ready_unix_ms"));

        // the same header, other rows (the first five injections): no mapping given, the saved one applies
        String firstFive = String.join("\n", Files.readAllLines(RUN.resolve("driver-log.csv")).subList(0, 6)) + "\n";
        upload("driver-log-part.csv", firstFive.getBytes(), "Gin")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("mapped-csv"))
                .andExpect(jsonPath("$.outages").value(5))
                .andExpect(jsonPath("$.warnings[0]").value(containsString("'chaos driver'")));

        // and by name
        upload("driver-log-again.csv", (firstFive + "\n").getBytes(), "Echo", "mapping", "chaos driver")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mapping").value(containsString("ready_unix_ms")));
    }

    @Test
    void probeAndDriverLogsOfOneCandidateGivePerFaultTypeFiguresInTheReport() throws Exception {
        upload("probe-log.csv", Files.readAllBytes(RUN.resolve("probe-log.csv")), "net/http")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.format").value("probe-log-csv"));
        upload("driver-log.csv", Files.readAllBytes(RUN.resolve("driver-log.csv")), "net/http", "mapping", MAPPING)
                .andExpect(status().isCreated());
        String body = mvc.perform(get("/api/evaluations/{id}/report", evaluation)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode report = JsonMapper.shared().readTree(body).get("candidates").get(0).get("reliability").get("report");
        assertThat(report.get("service").get("failures").asInt()).isEqualTo(10);
        java.util.Map<String, JsonNode> byFault = new java.util.TreeMap<>();
        report.get("byFaultType").forEach(f -> byFault.put(f.get("name").asString(), f));
        assertThat(byFault).containsOnlyKeys("cpu-starve", "process-freeze", "process-kill", "unexplained");
        assertThat(byFault.get("cpu-starve").get("mttrSeconds").asDouble()).isCloseTo(2.9609999656677246, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(byFault.get("unexplained").get("failures").asInt()).isEqualTo(1);
    }

    @Test
    void anUnknownMappingNameOrABadMappingIsRefusedSayingWhichField() throws Exception {
        byte[] driver = Files.readAllBytes(RUN.resolve("driver-log.csv"));
        upload("driver-log.csv", driver, "net/http", "mapping", "nope")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("mapping"));
        upload("driver-log.csv", driver, "net/http", "mapping", "{\"kind\": \"chaos\", \"roles\": {\"fault\": \"fault\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("mapping.roles.start"));
        upload("driver-log.csv", driver.clone(), "net/http", "mapping",
                "{\"kind\": \"chaos\", \"roles\": {\"fault\": \"fault\", \"start\": \"fault_duration_s\"}, \"timestampFormat\": \"iso\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.line").value(2))
                .andExpect(jsonPath("$.field").value("fault_duration_s"))
                .andExpect(jsonPath("$.expected").value(containsString("ISO-8601")));
        assertThat(mappings()).isZero();
    }
}
