package dev.benchboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.api.ActAsEditor;
import dev.benchboard.export.FixtureEvaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The chart series of the report (GET /api/evaluations/{id}/report/charts) hold every GC cycle, outage and request of
 * the uploaded files, counted in the files themselves, and stay out of the report JSON.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartDataApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportService reports;

    private FixtureEvaluation evaluation;
    private JsonNode gin;

    @BeforeAll
    void upload() throws Exception {
        evaluation = FixtureEvaluation.create(mvc, "Chart data")
                .upload("gc/healthy-gctrace.txt", "Gin")
                .upload("chaos/outage-table.csv", "Gin")
                .upload("hey-csv/ok.csv", "Gin");
        JsonNode charts = evaluation.json("/api/evaluations/{id}/report/charts", evaluation.id);
        gin = charts.get("candidates").get(0);
    }

    @Test
    void everyGcCycleOfTheTrace() {
        // grep -c '^gc [0-9]' src/test/resources/fixtures/gc/healthy-gctrace.txt → 372
        JsonNode trace = gin.get("gc").get(0);
        assertThat(trace.get("cycles").size()).isEqualTo(372);
        assertThat(trace.get("source").get("fileName").asString()).isEqualTo("healthy-gctrace.txt");
        // the first line: gc 1 @0.002s 14%: 0.064+15+0.003 ms clock … 3->6->5 MB → pause 0.064 + 0.003 ms, live 5 MB
        JsonNode first = trace.get("cycles").get(0);
        assertThat(first.get("atSeconds").asDouble()).isEqualTo(0.002);
        assertThat(first.get("pauseMs").asDouble()).isCloseTo(0.067, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.get("liveHeapMb").asDouble()).isEqualTo(5.0);
    }

    @Test
    void everyOutageOfTheTable() {
        // tail -n +2 src/test/resources/fixtures/chaos/outage-table.csv | wc -l → 7, each with down_at and up_at
        assertThat(gin.get("outages").size()).isEqualTo(7);
        JsonNode first = gin.get("outages").get(0);
        assertThat(first.get("faultType").asString()).isEqualTo("process-kill");
        assertThat(first.get("downAt").asString()).isEqualTo("2026-11-21T23:11:34.491Z");
        assertThat(first.get("upAt").asString()).isEqualTo("2026-11-21T23:11:37.491Z");
    }

    @Test
    void everyRequestOfTheRunInItsSecond() {
        // tail -n +2 src/test/resources/fixtures/hey-csv/ok.csv | wc -l → 5000 requests
        JsonNode run = gin.get("runs").get(0);
        long requests = 0;
        for (JsonNode second : run.get("perSecond")) requests += second.get("requests").asLong();
        assertThat(requests).isEqualTo(5000);
    }

    @Test
    void theSeriesStayOutOfTheReportJson() throws Exception {
        String report = evaluation.text("/api/evaluations/{id}/report", evaluation.id);
        assertThat(report).doesNotContain("\"perSecond\"").doesNotContain("\"liveHeapMb\"").doesNotContain("\"outages\"");
        assertThat(reports.charts(evaluation.id)).isSameAs(reports.charts(evaluation.id));   // cached with the report
    }
}
