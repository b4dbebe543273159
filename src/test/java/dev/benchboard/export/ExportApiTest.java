package dev.benchboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import dev.benchboard.api.ActAsEditor;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export endpoints over a real report: two candidates built from the fixture files through the
 * upload API. Expected figures come from the fixtures themselves (their own printed summaries, the
 * chaos README's outage table, scipy), not from the code under test.
 *
 * <ul>
 *   <li>Gin: wrk/latency-ok.txt, wrk/with-app-log.txt, hey/ok.txt (load), gc/healthy-gctrace.txt, chaos/events.csv</li>
 *   <li>Echo: hey-csv/ok.csv, wrk/errors.txt (load), gc/leak-gctrace.txt uploaded under a formula-like file
 *       name, go-bench/baseline.txt (baseline) and go-bench/slowed.txt</li>
 * </ul>
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportApiTest {

    static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"x\").txt";
    static final List<String> GIN = List.of("wrk/latency-ok.txt", "wrk/with-app-log.txt", "hey/ok.txt",
            "gc/healthy-gctrace.txt", "chaos/events.csv");

    @Autowired
    MockMvc mvc;

    FixtureEvaluation evaluation;

    @BeforeAll
    void upload() throws Exception {
        evaluation = FixtureEvaluation.create(mvc, "Checkout API: export");
        for (String file : GIN) evaluation.upload(file, "Gin");
        evaluation.upload("hey-csv/ok.csv", "Echo")
                .upload("wrk/errors.txt", "Echo")
                .uploadAs("gc/leak-gctrace.txt", FORMULA_NAME, "Echo")
                .upload("go-bench/baseline.txt", "Echo", "baseline", "true")
                .upload("go-bench/slowed.txt", "Echo");
    }

    private List<CsvRecord> csv(String url, Object... vars) throws Exception {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(evaluation.text(url, vars))) {
            return reader.stream().toList();
        }
    }

    private static Map<String, String> row(List<CsvRecord> csv, Function<Map<String, String>, Boolean> match) {
        List<String> header = csv.getFirst().getFields();
        return csv.stream().skip(1).map(r -> {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) m.put(header.get(i), r.getField(i));
            return m;
        }).filter(match::apply).findFirst().orElseThrow();
    }

    private static double num(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    @Test
    void reportJsonDownloadIsTheReportAsAFile() throws Exception {
        JsonNode report = evaluation.json("/api/evaluations/{id}/report", evaluation.id);
        String body = mvc.perform(get("/api/evaluations/{id}/report.json", evaluation.id))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"checkout-api-export-report.json\""))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonMapper.shared().readTree(body)).isEqualTo(report);
    }

    @Test
    void candidatesTableCarriesTheHeadlineFigures() throws Exception {
        List<CsvRecord> csv = csv("/api/evaluations/{id}/export/candidates.csv", evaluation.id);
        assertThat(csv.getFirst().getFields()).startsWith("candidate", "framework", "throughput_rps",
                "throughput_ci_low", "throughput_ci_high", "throughput_runs", "p50_ms");
        assertThat(csv).hasSize(3);

        Map<String, String> gin = row(csv, r -> r.get("candidate").equals("Gin"));
        // Median of the three runs' printed percentiles: P99 15.30, 67.28, 4.8 ms; P50 0.421, 0.322, 0.5 ms.
        assertThat(num(gin, "p99_ms")).isEqualTo(15.3);
        assertThat(num(gin, "p50_ms")).isEqualTo(0.421);
        assertThat(gin.get("throughput_runs")).isEqualTo("3");
        // chaos README: 7 outages, 25.799 s down in a 70 s window -> MTTR 3.6856 s, availability 44.201/70.
        assertThat(gin.get("failures")).isEqualTo("7");
        assertThat(num(gin, "mttr_seconds")).isCloseTo(25.799 / 7, within(1e-9));
        assertThat(num(gin, "availability")).isCloseTo(44.201 / 70, within(1e-9));
        assertThat(gin.get("gc_trace")).isEqualTo("healthy-gctrace.txt");

        Map<String, String> echo = row(csv, r -> r.get("candidate").equals("Echo"));
        // wrk/errors.txt: 2282 non-2xx + 711 read + 32 timeout errors of 22801; hey-csv/ok.csv: 5000 x 200.
        // The two runs' error shares differ far beyond chance (chi2_contingency([[3025,0],[19776,5000]], correction=False):
        // χ² = 744.3, p = 6.8e-164), so requests are not independent and the interval is over the 2 runs, not Wilson
        // over 27,801 requests (which gave 0.10520 .. 0.11252): r = 3025/27801, se = sqrt(sum((e - r*n)**2)/(k*(k-1)))/(sum(n)/k),
        // r ± scipy t.ppf(0.975, 1)*se clamped to [0, 1] -> 0 .. 0.6061112492695774
        assertThat(num(echo, "error_rate")).isCloseTo(3025.0 / 27801, within(1e-15));
        assertThat(num(echo, "error_rate_ci_low")).isEqualTo(0.0);
        assertThat(num(echo, "error_rate_ci_high")).isCloseTo(0.6061112492695774, within(0.6061112492695774 * 1e-9));
        assertThat(echo.get("requests")).isEqualTo("27801");
        assertThat(echo.get("heap_verdict")).contains("leak");
        assertThat(echo.get("gc_trace")).as("formula-like file name made text").isEqualTo("'" + FORMULA_NAME);
        assertThat(echo.get("notes")).contains("no chaos data for Echo");

        // Every figure as the report JSON states it (the CSV reads the report, it does not recompute).
        JsonNode report = evaluation.json("/api/evaluations/{id}/report", evaluation.id);
        for (JsonNode c : report.get("candidates")) {
            Map<String, String> r = row(csv, m -> m.get("candidate").equals(c.get("candidate").asString()));
            assertThat(num(r, "throughput_rps")).isEqualTo(c.at("/latency/throughput/value").asDouble());
            assertThat(num(r, "p99_ms")).isEqualTo(c.at("/latency/latency/p99/value").asDouble());
            assertThat(num(r, "gc_pause_p99_ms")).isEqualTo(c.at("/gc/headline/pauseP99Ms").asDouble());
        }
    }

    @Test
    void regressionsTableKeepsNegativeDeltasAsNumbers() throws Exception {
        List<CsvRecord> csv = csv("/api/evaluations/{id}/export/regressions.csv", evaluation.id);
        assertThat(csv.getFirst().getFields()).containsExactly("benchmark", "metric", "unit", "baseline", "candidate",
                "baseline_value", "candidate_value", "delta_percent", "p", "p_adjusted", "verdict", "n", "method", "reason",
                "baseline_files", "candidate_files");
        // scipy.stats.mannwhitneyu on the go-bench samples (see RegressionApiTest): Checksum +29.4 %, p = 0.00018;
        // EncodeRecords −3.5 %, p = 0.94.
        Map<String, String> checksum = row(csv, r -> r.get("benchmark").equals("BenchmarkChecksum") && r.get("unit").equals("ns/op"));
        assertThat(checksum.get("verdict")).isEqualTo("regressed");
        assertThat(num(checksum, "delta_percent")).isBetween(25.0, 35.0);
        assertThat(num(checksum, "p")).isLessThan(0.001);
        assertThat(checksum.get("baseline")).isEqualTo("Echo (baseline)");
        assertThat(checksum.get("n")).isEqualTo("10/10");
        assertThat(checksum.get("baseline_files")).as("the verdict names its files").isEqualTo("baseline.txt");
        assertThat(checksum.get("candidate_files")).isEqualTo("slowed.txt");
        Map<String, String> encode = row(csv, r -> r.get("benchmark").equals("BenchmarkEncodeRecords") && r.get("unit").equals("ns/op"));
        assertThat(encode.get("verdict")).isEqualTo("unchanged");
        assertThat(encode.get("delta_percent")).startsWith("-").doesNotStartWith("'");
        assertThat(num(encode, "delta_percent")).isBetween(-5.0, -2.0);
    }

    @Test
    void uploadsTableHasEveryFileWithItsHash() throws Exception {
        List<CsvRecord> csv = csv("/api/evaluations/{id}/export/uploads.csv", evaluation.id);
        assertThat(csv).hasSize(1 + 10);
        Map<String, String> events = row(csv, r -> r.get("file_name").equals("events.csv"));
        assertThat(events.get("sha256")).isEqualTo(sha256(FixtureEvaluation.bytes("chaos/events.csv")));
        assertThat(events.get("size_bytes")).isEqualTo(String.valueOf(FixtureEvaluation.bytes("chaos/events.csv").length));
        assertThat(events.get("candidate")).isEqualTo("Gin");
        assertThat(events.get("kind")).isEqualTo("CHAOS");
        Map<String, String> leak = row(csv, r -> r.get("file_name").startsWith("'="));
        assertThat(leak.get("file_name")).isEqualTo("'" + FORMULA_NAME);
        assertThat(leak.get("sha256")).isEqualTo(sha256(FixtureEvaluation.bytes("gc/leak-gctrace.txt")));
        assertThat(row(csv, r -> r.get("file_name").equals("baseline.txt")).get("baseline")).isEqualTo("true");
    }

    @Test
    void reliabilityTableHasOneRowPerFaultType() throws Exception {
        List<CsvRecord> csv = csv("/api/evaluations/{id}/export/reliability.csv", evaluation.id);
        assertThat(csv).hasSize(1 + 2);
        // chaos README table: kills 3.000 + 5.000 + 2.500 + 5.999 s, freezes 1.901 + 3.999 + 3.400 s.
        Map<String, String> kill = row(csv, r -> r.get("fault_type").equals("process-kill"));
        assertThat(kill.get("candidate")).isEqualTo("Gin");
        assertThat(kill.get("failures")).isEqualTo("4");
        assertThat(num(kill, "downtime_seconds")).isCloseTo(16.499, within(1e-9));
        assertThat(num(kill, "mttr_seconds")).isCloseTo(16.499 / 4, within(1e-9));
        Map<String, String> freeze = row(csv, r -> r.get("fault_type").equals("process-freeze"));
        assertThat(freeze.get("failures")).isEqualTo("3");
        assertThat(num(freeze, "mttr_seconds")).isCloseTo(9.3 / 3, within(1e-9));
        assertThat(num(freeze, "window_seconds")).isEqualTo(70.0);
    }

    @Test
    void csvIsADownloadAndUnknownTablesOrEvaluationsAre404() throws Exception {
        mvc.perform(get("/api/evaluations/{id}/export/candidates.csv", evaluation.id))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"evaluation-" + evaluation.id + "-candidates.csv\""));
        mvc.perform(get("/api/evaluations/{id}/export/secrets.csv", evaluation.id))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("no table 'secrets' to export; the tables are candidates, "
                        + "regressions, uploads, reliability"));
        for (String table : List.of("candidates", "uploads")) {
            mvc.perform(get("/api/evaluations/{id}/export/{t}.csv", 999_999, table)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/evaluations/{id}/report.json", 999_999)).andExpect(status().isNotFound());
    }

    @Test
    void aShareLinkExportsItsSnapshotLikeTheLiveReport() throws Exception {
        String created = mvc.perform(post("/api/evaluations/{id}/shares", evaluation.id))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = JsonMapper.shared().readTree(created).get("token").asString();

        JsonNode live = evaluation.json("/api/evaluations/{id}/report", evaluation.id);
        String download = mvc.perform(get("/r/{token}/report.json", token))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"checkout-api-export-snapshot.json\""))
                .andReturn().getResponse().getContentAsString();
        JsonNode snapshot = JsonMapper.shared().readTree(download);
        assertThat(snapshot.get("title").asString()).isEqualTo("Checkout API: export");
        // The live report but for the database ids, which a reader does not get (issue 13, finding 9).
        assertThat(snapshot.get("report").toString()).isEqualTo(withoutKeys(live, Set.of("evaluationId", "uploadId", "uploadIds",
                "candidateId", "candidateIds", "runId", "runIds", "traceId")).toString().replaceAll("upload \\d+ (?=\\()", ""));
        assertThat(download).doesNotContain("\"evaluationId\"").doesNotContain("\"uploadId\"");
        // No database id of any kind: no field named like one is left anywhere in the reader's document.
        assertThat(download).doesNotContainPattern("\"[A-Za-z]*Ids?\"\\s*:");
        // The live recommendation, but its reasons name the files without their upload ids.
        JsonNode recommendation = evaluation.json("/api/evaluations/{id}/decision", evaluation.id).get("recommendation");
        assertThat(recommendation.toString()).containsPattern("from upload \\d+ \\(latency-ok\\.txt\\)");
        assertThat(snapshot.at("/decision/recommendation").toString()).isEqualTo(withoutKeys(recommendation, Set.of("uploadId"))
                .toString().replaceAll("upload \\d+ (?=\\()", ""));
        assertThat(download).doesNotContainPattern("upload \\d+ \\(").contains("from (latency-ok.txt), (");
        assertThat(snapshot.get("sources")).hasSize(10);

        for (String table : List.of("candidates", "regressions", "reliability")) {
            assertThat(evaluation.text("/r/{token}/export/{t}.csv", token, table)).as(table)
                    .isEqualTo(evaluation.text("/api/evaluations/{id}/export/{t}.csv", evaluation.id, table));
        }
        Map<String, String> shaByFile = csv("/r/{token}/export/uploads.csv", token).stream().skip(1)
                .collect(Collectors.toMap(r -> r.getField(1), r -> r.getField(2)));
        assertThat(shaByFile).containsEntry("events.csv", sha256(FixtureEvaluation.bytes("chaos/events.csv")))
                .containsEntry("'" + FORMULA_NAME, sha256(FixtureEvaluation.bytes("gc/leak-gctrace.txt")));
    }

    /** The JSON without the named properties at any depth (written here, not taken from ReaderView, to check it). */
    private static JsonNode withoutKeys(JsonNode json, Set<String> keys) {
        JsonNode copy = json.deepCopy();
        List<JsonNode> pending = new java.util.ArrayList<>(List.of(copy));
        while (!pending.isEmpty()) {
            JsonNode node = pending.removeLast();
            if (node instanceof tools.jackson.databind.node.ObjectNode object) object.remove(keys);
            node.forEach(pending::add);
        }
        return copy;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
