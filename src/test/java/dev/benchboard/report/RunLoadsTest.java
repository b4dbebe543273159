package dev.benchboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.api.ActAsEditor;
import dev.benchboard.export.FixtureEvaluation;
import dev.benchboard.stats.latency.RunLatency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every load-test run of the report has its load in the chart data, under the name the report gives the run: the
 * Compare view labels each P99-vs-load point with it (issue 14: the points were unlabelled, as a run's latency does
 * not carry its concurrency). The loads are those printed in the files or stated on upload.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
@ActiveProfiles("test")
class RunLoadsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportService reports;

    @Test
    void eachRunOfTheReportHasItsPrintedOrStatedLoad() throws Exception {
        FixtureEvaluation evaluation = FixtureEvaluation.create(mvc, "Run loads")
                .upload("sweep/gin/c8.txt", "Gin")                      // head -2 → "2 threads and 8 connections"
                .upload("sweep/gin/c64.txt", "Gin")                     // head -2 → "2 threads and 64 connections"
                .upload("hey-csv/ok.csv", "Gin")                        // hey prints no -c: load unknown
                .upload("hey/ok.txt", "Gin", "rate", "1500");           // hey text, its rate stated on upload
        List<RunLatency> runs = reports.report(evaluation.id).candidates().getFirst().latency().detail().runs();
        Map<String, ChartData.RunLoad> loads = reports.charts(evaluation.id).candidate("Gin").loads().stream()
                .collect(Collectors.toMap(ChartData.RunLoad::run, Function.identity()));

        assertThat(loads.keySet()).containsExactlyInAnyOrderElementsOf(runs.stream().map(RunLatency::runId).toList());
        ChartData.RunLoad c8 = only(loads, "c8.txt");
        assertThat(c8.concurrency()).isEqualTo(8.0);
        assertThat(c8.rate()).isNull();
        assertThat(c8.stated()).isFalse();
        assertThat(only(loads, "c64.txt").concurrency()).isEqualTo(64.0);
        ChartData.RunLoad hey = only(loads, "ok.csv");
        assertThat(hey.concurrency()).isNull();
        assertThat(hey.rate()).isNull();
        ChartData.RunLoad stated = only(loads, "ok.txt");
        assertThat(stated.rate()).isEqualTo(1500.0);
        assertThat(stated.stated()).isTrue();
    }

    private static ChartData.RunLoad only(Map<String, ChartData.RunLoad> loads, String fileName) {
        List<ChartData.RunLoad> of = loads.values().stream().filter(l -> l.run().startsWith(fileName + " ")).toList();
        assertThat(of).as("runs of %s", fileName).hasSize(1);
        return of.getFirst();
    }
}
