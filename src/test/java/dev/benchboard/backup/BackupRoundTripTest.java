package dev.benchboard.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.benchboard.api.ActAsEditor;
import dev.benchboard.evaluation.CandidateDraft;
import dev.benchboard.evaluation.CandidateView;
import dev.benchboard.evaluation.EvaluationDetails;
import dev.benchboard.evaluation.EvaluationDraft;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.QuotedFigureService;
import dev.benchboard.evaluation.QuotedFigureView;
import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.evaluation.Weights;
import dev.benchboard.export.FixtureEvaluation;
import dev.benchboard.ingest.mapping.ColumnMappingStore;
import dev.benchboard.report.DecisionService;
import dev.benchboard.tracking.Acknowledgement;
import dev.benchboard.tracking.AcknowledgementDraft;
import dev.benchboard.tracking.Acknowledgements;
import dev.benchboard.tracking.GateRules;
import dev.benchboard.tracking.MetricRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backup → restore over the REST API on a realistic evaluation: two candidates built from 15 real
 * fixture files (and one with a row problem) through the upload API (load tests with histograms and per-second series, a gzip
 * upload, a file kept with row problems, GC traces, chaos logs, a LitmusChaos result, reported
 * figures, go-bench baselines), custom weights and statistics settings, quoted figures, the team's own
 * decision tree and a tree parameter. The restored evaluation must hold the same rows column for column
 * and give the same report and decision, apart from ids and its update time.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRoundTripTest {

    static final String NAME = "Checkout API: backup & restore";
    static final List<String[]> UPLOADS = List.of(
            new String[] {"wrk/latency-ok.txt", "Gin"},
            new String[] {"wrk/with-app-log.txt", "Gin"},
            new String[] {"hey/ok.txt", "Gin"},
            new String[] {"k6-ndjson/k6-out.json.gz", "Gin"},
            new String[] {"raw-latency-csv/requests.csv", "Gin"},
            new String[] {"gc/healthy-gctrace.txt", "Gin", "gogc", "100"},
            new String[] {"chaos/events.csv", "Gin"},
            new String[] {"hey-csv/ok.csv", "Echo", "label", "hey -o csv"},
            new String[] {"wrk/errors.txt", "Echo"},
            new String[] {"gc/leak-gctrace.txt", "Echo"},
            new String[] {"go-bench/baseline.txt", "Echo", "baseline", "true", "label", "before"},
            new String[] {"go-bench/slowed.txt", "Echo", "label", "after"},
            new String[] {"chaos/litmus/chaosresult-single.json", "Echo"},
            new String[] {"chaos/outage-table.csv", "Echo", "windowStart", "2026-11-21T23:11:30.385Z",
                    "windowEnd", "2026-11-21T23:12:40.385Z"},
            new String[] {"chaos/reported-summary.csv", "Echo"},
            // HdrHistogram spectra begin with a 0th-percentile row (the minimum)
            new String[] {"hdr-percentiles/hey-ok-us.txt", "Gin", "unit", "us"},
            new String[] {"wrk2/rate2000.txt", "Gin"});
    /** hey-csv/flaky.csv with a row of 7 columns added, stored with keepValidRows: an upload with a row problem. */
    static final String WITH_PROBLEM = "flaky-with-short-row.csv";
    /** A home-made chaos driver log read with a column mapping (saved under its name), as in ColumnMappingApiTest. */
    static final String MAPPED = "chaos/attribution/driver-log.csv";
    static final String MAPPING = """
            {"name": "chaos driver", "kind": "chaos", "roles": {"fault": "fault", "start": "start_unix_ms", "end": "ready_unix_ms"}, "timeUnit": "ms"}""";
    static final int UPLOAD_COUNT = UPLOADS.size() + 2;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    QuotedFigureService quotedFigures;

    @Autowired
    DecisionService decisions;

    @Autowired
    GateRules gateRules;

    @Autowired
    Acknowledgements acknowledgements;

    @Autowired
    ColumnMappingStore mappings;

    FixtureEvaluation original;
    String treeText;
    byte[] backup;
    Instant backupTakenAfter;

    @BeforeAll
    void buildAndBackUp() throws Exception {
        original = FixtureEvaluation.create(mvc, NAME);
        for (String[] u : UPLOADS) {
            original.upload(u[0], u[1], java.util.Arrays.copyOfRange(u, 2, u.length));
        }
        mvc.perform(multipart("/api/evaluations/{id}/uploads", original.id)
                        .file(new MockMultipartFile("file", WITH_PROBLEM, "text/csv", withProblem()))
                        .param("candidate", "Echo").param("keepValidRows", "true"))
                .andExpect(status().isCreated());
        mvc.perform(multipart("/api/evaluations/{id}/uploads", original.id)
                        .file(new MockMultipartFile("file", "driver-log.csv", "text/csv", FixtureEvaluation.bytes(MAPPED)))
                        .param("candidate", "Gin").param("mapping", MAPPING))
                .andExpect(status().isCreated());
        // The CI gate's rules and an accepted regression: decisions people made, which a restore must keep.
        gateRules.replace(original.id, List.of(new MetricRule("ns/op", true, 10.0), new MetricRule("P99", false, 5.0)));
        acknowledgements.create(original.id, new AcknowledgementDraft("Echo", "Echo", "BenchmarkChecksum", "ns/op",
                "checksum moved to SHA-256 on purpose (ticket 42)"), "alice");
        EvaluationDetails created = evaluations.get(original.id);
        evaluations.update(original.id, new EvaluationDraft(NAME, "Which framework for the checkout API (Q3)?",
                created.requirements(), new Weights(0.3, 0.3, 0.05, 0.05, 0.2, 0.1),
                new StatisticsSettings(0.01, 3.0, 1000, 7L)));
        CandidateView gin = created.candidates().stream().filter(c -> c.name().equals("Gin")).findFirst().orElseThrow();
        evaluations.updateCandidate(gin.id(), new CandidateDraft("Gin", "gin", "v1.10.0", "go1.23.4", "default middleware"));
        quotedFigures.add(original.id, List.of(
                new QuotedFigureView("Gin", "throughput", "TechEmpower R22 plaintext", 1_234_567.0, "req/s", "https://example.org/r22"),
                new QuotedFigureView(null, "p99", "a vendor blog", 3.2, "ms", "https://example.org/blog")));
        // The team's tree in its own layout (indented with tabs): a restore must keep the text as written.
        treeText = Files.readString(Path.of("data/decision-tree.json")).replace("  ", "\t");
        decisions.saveTree(original.id, treeText);
        decisions.setParameter(original.id, "maxInstances", 12.0);

        backupTakenAfter = Instant.now();
        backup = mvc.perform(get("/api/evaluations/{id}/backup", original.id))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"benchboard-checkout-api-backup-restore-"
                        + LocalDate.now(ZoneOffset.UTC) + ".zip\""))
                .andReturn().getResponse().getContentAsByteArray();
    }

    static byte[] withProblem() throws java.io.IOException {
        String flaky = new String(FixtureEvaluation.bytes("hey-csv/flaky.csv"), java.nio.charset.StandardCharsets.UTF_8);
        return (flaky.stripTrailing() + "\n0.0012,0.0001,0.0000,0.0007,0.0003,0.0000,200\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(original.id).query(Long.class).single();
    }

    @Test
    void theArchiveHoldsEveryUploadAndAManifestWithEachEntrysChecksum() throws Exception {
        Map<String, byte[]> entries = Archives.entries(backup);
        List<String> expectedNames = new ArrayList<>(List.of("evaluation.json"));
        for (int i = 1; i <= UPLOAD_COUNT; i++) expectedNames.add("uploads/%05d.json".formatted(i));
        expectedNames.add("manifest.json");
        assertThat(entries.keySet()).containsExactlyElementsOf(expectedNames);

        JsonNode manifest = Archives.json(entries.get("manifest.json"));
        assertThat(manifest.get("format").asString()).isEqualTo("benchboard-evaluation-backup");
        assertThat(manifest.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(manifest.get("appVersion").asString()).isNotBlank();
        assertThat(Instant.parse(manifest.get("createdAt").asString())).isBetween(backupTakenAfter, Instant.now());
        assertThat(manifest.at("/source/evaluationId").asLong()).isEqualTo(original.id);
        assertThat(manifest.at("/source/name").asString()).isEqualTo(NAME);
        assertThat(manifest.get("notIncluded").toString()).contains("API tokens", "share links", "original bytes", "webhooks",
                "add the webhooks again after a restore", "a restore announces nothing");
        // The counts are the database's, counted here with SQL.
        String ofUploads = " where upload_id in (select id from upload where evaluation_id = ?)";
        JsonNode counts = manifest.get("counts");
        assertThat(counts.get("uploads").asLong()).isEqualTo(UPLOAD_COUNT)
                .isEqualTo(count("select count(*) from upload where evaluation_id = ?"));
        assertThat(counts.get("candidates").asLong()).isEqualTo(2);
        assertThat(counts.get("quotedFigures").asLong()).isEqualTo(2);
        assertThat(counts.get("decisionSettings").asLong()).isEqualTo(1);
        assertThat(counts.get("runs").asLong()).isEqualTo(count("select count(*) from run" + ofUploads)).isGreaterThan(20);
        assertThat(counts.get("gcTraces").asLong()).isEqualTo(count("select count(*) from gc_trace" + ofUploads)).isEqualTo(2);
        assertThat(counts.get("chaosExperiments").asLong())
                .isEqualTo(count("select count(*) from chaos_experiment" + ofUploads)).isGreaterThanOrEqualTo(4);
        assertThat(counts.get("gateMetrics").asLong()).isEqualTo(count("select count(*) from gate_metric where evaluation_id = ?"))
                .isEqualTo(2);
        assertThat(counts.get("acknowledgements").asLong())
                .isEqualTo(count("select count(*) from acknowledgement where evaluation_id = ?")).isEqualTo(1);
        assertThat(counts.get("columnMappings").asLong())
                .isEqualTo(count("select count(*) from column_mapping where evaluation_id = ?")).isEqualTo(1);
        // Each entry's size and SHA-256, recomputed from the bytes the JDK's zip reader gives.
        JsonNode listed = manifest.get("entries");
        assertThat(listed).hasSize(UPLOAD_COUNT + 1);
        for (JsonNode entry : listed) {
            byte[] bytes = entries.get(entry.get("name").asString());
            assertThat(entry.get("bytes").asLong()).as(entry.get("name").asString()).isEqualTo(bytes.length);
            assertThat(entry.get("sha256").asString()).as(entry.get("name").asString()).isEqualTo(Archives.sha256(bytes));
        }
        // Uploads oldest first, each with its provenance: the SHA-256 of the fixture file as uploaded.
        JsonNode first = Archives.json(entries.get("uploads/00001.json"));
        assertThat(first.at("/upload/fileName").asString()).isEqualTo("latency-ok.txt");
        assertThat(first.at("/upload/sha256").asString()).isEqualTo(Archives.sha256(FixtureEvaluation.bytes("wrk/latency-ok.txt")));
        assertThat(first.at("/upload/sizeBytes").asLong()).isEqualTo(FixtureEvaluation.bytes("wrk/latency-ok.txt").length);
        JsonNode k6 = Archives.json(entries.get("uploads/00004.json"));
        assertThat(k6.at("/upload/gzip").asBoolean()).isTrue();
        assertThat(k6.at("/upload/sha256").asString()).isEqualTo(Archives.sha256(FixtureEvaluation.bytes("k6-ndjson/k6-out.json.gz")));
        JsonNode heyCsv = Archives.json(entries.get("uploads/00008.json"));
        assertThat(heyCsv.at("/runs/0/histogram").asString()).as("HdrHistogram bytes, base64").isNotEmpty();
        assertThat(heyCsv.at("/runs/0/perSecond").size()).as("per-second series").isGreaterThan(0);
        JsonNode evaluation = Archives.json(entries.get("evaluation.json"));
        assertThat(evaluation.at("/decisionSettings/treeJson").asString()).isEqualTo(treeText);
        assertThat(evaluation.at("/decisionSettings/parameters/maxInstances").asDouble()).isEqualTo(12.0);
        assertThat(evaluation.at("/gateMetrics/0/metric").asString()).isEqualTo("P99");
        assertThat(evaluation.at("/acknowledgements/0/createdBy").asString()).isEqualTo("alice");
        assertThat(evaluation.at("/columnMappings/0/mapping/roles/start").asString()).isEqualTo("start_unix_ms");
        JsonNode mapped = Archives.json(entries.get(BackupFormat.uploadEntry(UPLOAD_COUNT)));
        assertThat(mapped.at("/upload/fileName").asString()).isEqualTo("driver-log.csv");
        assertThat(mapped.at("/upload/mapping/name").asString()).as("the mapping the file was read with").isEqualTo("chaos driver");
        assertThat(first.at("/upload/mapping").isNull()).as("read by a catalogue format: no mapping").isTrue();
    }

    @Test
    void gateRulesAcknowledgementsAndColumnMappingsAreRestored() throws Exception {
        JsonNode restored = restore(backup);
        long copy = restored.get("id").asLong();
        // The 201's counts name them too, as the rows stored.
        assertThat(restored.get("gateMetrics").asInt()).isEqualTo(2);
        assertThat(restored.get("acknowledgements").asInt()).isEqualTo(1);
        assertThat(restored.get("columnMappings").asInt()).isEqualTo(1);
        assertThat(gateRules.list(copy)).isEqualTo(gateRules.list(original.id))
                .containsExactly(new MetricRule("P99", false, 5.0), new MetricRule("ns/op", true, 10.0));
        List<Acknowledgement> accepted = acknowledgements.list(copy);
        Acknowledgement before = acknowledgements.list(original.id).getFirst();
        assertThat(accepted).singleElement().satisfies(a -> {
            assertThat(a.evaluationId()).isEqualTo(copy);
            assertThat(List.of(a.baseline(), a.candidate(), a.benchmark(), a.metric(), a.note(), a.createdBy()))
                    .containsExactly("Echo", "Echo", "BenchmarkChecksum", "ns/op",
                            "checksum moved to SHA-256 on purpose (ticket 42)", "alice");
            assertThat(a.createdAt()).as("when it was accepted, not when restored").isEqualTo(before.createdAt());
        });
        assertThat(mappings.all(copy)).isEqualTo(mappings.all(original.id)).hasSize(1);
        String header = String.join(",", new String(FixtureEvaluation.bytes(MAPPED), java.nio.charset.StandardCharsets.UTF_8)
                .lines().findFirst().orElseThrow().split(","));
        assertThat(mappings.byHeader(copy, header)).as("found again by the file's header").isPresent()
                .get().extracting(m -> m.name()).isEqualTo("chaos driver");
        assertThat(jdbc.sql("select mapping_json from upload where evaluation_id = ? and file_name = 'driver-log.csv'")
                .param(copy).query(String.class).single()).contains("\"chaos driver\"", "start_unix_ms");
        assertThat(jdbc.sql("select count(*) from webhook where evaluation_id = ?").param(copy).query(Long.class).single())
                .as("webhooks are not carried").isZero();
    }

    private JsonNode restore(byte[] archive) throws Exception {
        String body = mvc.perform(multipart("/api/evaluations/restore")
                        .file(new MockMultipartFile("file", "backup.zip", "application/zip", archive)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readTree(body);
    }

    @Test
    void theRestoredEvaluationHasTheSameRowsReportAndDecision() throws Exception {
        Instant before = Instant.now();
        JsonNode restored = restore(backup);
        long copy = restored.get("id").asLong();
        assertThat(copy).isNotEqualTo(original.id);
        assertThat(restored.get("name").asString()).as("names need not be unique: kept").isEqualTo(NAME);
        assertThat(restored.get("sourceEvaluationId").asLong()).isEqualTo(original.id);
        assertThat(restored.get("uploads").asInt()).isEqualTo(UPLOAD_COUNT);
        assertThat(restored.get("runs").asLong()).isEqualTo(count("select count(*) from run where upload_id in "
                + "(select id from upload where evaluation_id = ?)"));

        // Every column of every row, apart from ids, keys and the evaluation's update time.
        assertThat(RestoredEvaluation.rows(jdbc, copy)).isEqualTo(RestoredEvaluation.rows(jdbc, original.id));
        EvaluationDetails copied = evaluations.get(copy);
        assertThat(copied.createdAt()).isEqualTo(evaluations.get(original.id).createdAt());
        assertThat(copied.updatedAt()).isAfterOrEqualTo(before);

        JsonNode report = original.json("/api/evaluations/{id}/report", original.id);
        JsonNode copiedReport = original.json("/api/evaluations/{id}/report", copy);
        assertThat(RestoredEvaluation.idFields(report)).containsExactlyInAnyOrder("evaluationId", "generatedAt", "uploadId", "runId", "traceId");
        JsonNode expected = RestoredEvaluation.withoutIds(report, jdbc, original.id);
        assertThat(RestoredEvaluation.differences(RestoredEvaluation.withoutIds(copiedReport, jdbc, copy), expected)).isEmpty();
        assertThat(copiedReport.get("evaluationId").asLong()).isEqualTo(copy);

        JsonNode decision = original.json("/api/evaluations/{id}/decision", original.id);
        assertThat(RestoredEvaluation.differences(RestoredEvaluation.withoutIds(original.json("/api/evaluations/{id}/decision", copy), jdbc, copy),
                RestoredEvaluation.withoutIds(decision, jdbc, original.id))).isEmpty();
        assertThat(original.text("/api/evaluations/{id}/decision-tree", copy)).isEqualTo(treeText);
    }

    @Test
    void uploadProvenanceIsIdentical() throws Exception {
        long copy = restore(backup).get("id").asLong();
        JsonNode uploads = original.json("/api/evaluations/{id}/uploads", original.id);
        JsonNode copied = original.json("/api/evaluations/{id}/uploads", copy);
        assertThat(copied).hasSize(UPLOAD_COUNT);
        for (int i = 0; i < uploads.size(); i++) {
            JsonNode a = uploads.get(i);
            JsonNode b = copied.get(i);
            for (String field : List.of("fileName", "sizeBytes", "sha256", "gzip", "kind", "format", "formatDetected",
                    "importerVersion", "label", "baseline", "uploadedAt", "accepted", "rejected", "skippedLines",
                    "problemCount", "settings", "warnings", "errors", "gcTraces", "gcCycles", "chaosExperiments",
                    "outages", "candidate")) {
                assertThat(b.get(field)).as("%s of %s", field, a.get("fileName")).isEqualTo(a.get(field));
            }
            assertThat(b.get("runs").size()).isEqualTo(a.get("runs").size());
        }
        JsonNode kept = java.util.stream.StreamSupport.stream(copied.spliterator(), false)
                .filter(u -> u.get("fileName").asString().equals(WITH_PROBLEM)).findFirst().orElseThrow();
        assertThat(kept.get("rejected").asLong()).as("a file kept with a row problem keeps it").isEqualTo(1);
        assertThat(kept.get("errors").toString()).contains("expected 8 columns (hey CSV), found 7");
        assertThat(kept.get("sha256").asString()).isEqualTo(Archives.sha256(withProblem()));
    }

    @Test
    void restoringTwiceGivesTwoIndependentEvaluations() throws Exception {
        long first = restore(backup).get("id").asLong();
        long second = restore(backup).get("id").asLong();
        assertThat(first).isNotEqualTo(second);
        var rowsOfSecond = RestoredEvaluation.rows(jdbc, second);
        evaluations.delete(first);
        assertThat(evaluations.exists(first)).isFalse();
        assertThat(RestoredEvaluation.rows(jdbc, second)).isEqualTo(rowsOfSecond)
                .isEqualTo(RestoredEvaluation.rows(jdbc, original.id));
        assertThat(evaluations.exists(original.id)).isTrue();
    }

    @Test
    void aBackupOfTheRestoredEvaluationHoldsTheSameUploads() throws Exception {
        long copy = restore(backup).get("id").asLong();
        byte[] again = mvc.perform(get("/api/evaluations/{id}/backup", copy)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, byte[]> first = Archives.entries(backup);
        Map<String, byte[]> second = Archives.entries(again);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        for (String name : first.keySet()) {
            if (name.startsWith("uploads/")) assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
        }
        JsonNode evaluation = Archives.json(first.get("evaluation.json"));
        JsonNode evaluationAgain = Archives.json(second.get("evaluation.json"));
        ((tools.jackson.databind.node.ObjectNode) evaluation).remove("updatedAt");
        ((tools.jackson.databind.node.ObjectNode) evaluationAgain).remove("updatedAt");
        assertThat(evaluationAgain).isEqualTo(evaluation);
    }

    /**
     * The columns of the tables a backup carries, as the migrations made them. A new column fails this
     * test until the backup carries it (BackupQueries, the Archived* records, RestoreInserts) and it is
     * added here: otherwise a backup would silently leave it behind.
     */
    @Test
    void everyColumnOfTheCarriedTablesIsKnownToTheBackup() {
        Map<String, String> expected = Map.ofEntries(Map.entry(
                "EVALUATION", "ALPHA AVAILABILITY_SLO BOOTSTRAP_RESAMPLES COST_PER_INSTANCE_HOUR CREATED_AT DATA_VERSION DEMO DESCRIPTION "
                        + "ECOSYSTEM_PRIORITY HEADROOM_PERCENT HTTP2 ID INSTANCE_CORES INSTANCE_MEMORY_GB "
                        + "MAINTAINABILITY_PRIORITY NAME NET_HTTP_COMPATIBILITY P99_SLO_MS PRACTICAL_THRESHOLD_PERCENT "
                        + "RANDOM_SEED REDUNDANCY TARGET_QPS UPDATED_AT VERSION WEBSOCKET WEIGHT_AVAILABILITY "
                        + "WEIGHT_ECOSYSTEM WEIGHT_GC_PAUSE WEIGHT_MEMORY WEIGHT_P99 WEIGHT_THROUGHPUT"),
                Map.entry("CANDIDATE", "CREATED_AT EVALUATION_ID FRAMEWORK GO_VERSION ID NAME NOTES VERSION"),
                Map.entry("QUOTED_FIGURE", "CANDIDATE_ID EVALUATION_ID FIGURE ID METRIC SCOPE SOURCE UNIT"),
                Map.entry("DECISION_SETTINGS", "EVALUATION_ID PARAMETERS_JSON TREE_JSON UPDATED_AT"),
                Map.entry("GATE_METRIC", "EVALUATION_ID GATES METRIC THRESHOLD_PERCENT"),
                Map.entry("ACKNOWLEDGEMENT", "BASELINE BENCHMARK CANDIDATE CREATED_AT CREATED_BY EVALUATION_ID ID METRIC NOTE"),
                // HEADER_SHA is the SHA-256 of HEADER_KEY, computed again on restore
                Map.entry("COLUMN_MAPPING", "EVALUATION_ID HEADER_KEY HEADER_SHA ID MAPPING_JSON NAME SAVED_AT"),
                Map.entry("UPLOAD", "ACCEPTED BASELINE CANDIDATE_ID EVALUATION_ID FILE_NAME FORMAT FORMAT_DETECTED GZIP ID "
                        + "IMPORTER_VERSION KIND LABEL MAPPING_JSON PROBLEMS_JSON PROBLEM_COUNT REJECTED SETTINGS_JSON SHA256 "
                        + "SIZE_BYTES SKIPPED_LINES UPLOADED_AT WARNINGS_JSON"),
                Map.entry("RUN", "CONCURRENCY COORDINATED_OMISSION DURATION_S ERRORS HISTOGRAM ID LABEL LATENCY_ORIGIN MAX_MS MEAN_MS "
                        + "METRICS_JSON MIN_MS ORDINAL PERCENTILES_JSON PER_SECOND_JSON REQUESTS SETTINGS_JSON "
                        + "STATUS_CODES_JSON STDEV_MS THROUGHPUT_RPS UPLOAD_ID"),
                Map.entry("GC_TRACE", "CYCLES_JSON ID LABEL ORDINAL SETTINGS_JSON UPLOAD_ID"),
                Map.entry("CHAOS_EXPERIMENT", "EVENTS_JSON EXPERIMENT ID LITMUS_JSON ORDINAL OUTAGES_JSON REPORTED_JSON UPLOAD_ID "
                        + "WINDOW_END WINDOW_START"));
        expected.forEach((table, columns) -> assertThat(String.join(" ", jdbc.sql(
                        "select column_name from information_schema.columns where table_schema = 'PUBLIC' and table_name = ?"
                                + " order by column_name").param(table).query(String.class).list()))
                .as("columns of %s", table).isEqualTo(columns));
        // Tables that point at an evaluation but are left out on purpose (see BackupFormat.NOT_INCLUDED).
        assertThat(jdbc.sql("""
                select distinct tc.table_name from information_schema.table_constraints tc
                join information_schema.referential_constraints rc on rc.constraint_name = tc.constraint_name
                join information_schema.table_constraints pk on pk.constraint_name = rc.unique_constraint_name
                where tc.constraint_type = 'FOREIGN KEY' and pk.table_name in ('EVALUATION', 'UPLOAD', 'CANDIDATE')
                order by tc.table_name""").query(String.class).list())
                .containsExactlyInAnyOrder("CANDIDATE", "QUOTED_FIGURE", "DECISION_SETTINGS", "UPLOAD", "RUN", "GC_TRACE",
                        "CHAOS_EXPERIMENT", "GATE_METRIC", "ACKNOWLEDGEMENT", "COLUMN_MAPPING",
                        // left out: SHARE_LINK, API_TOKEN_EVALUATION, WEBHOOK (and its WEBHOOK_DELIVERY), TRACKING_SEEN
                        "SHARE_LINK", "API_TOKEN_EVALUATION", "WEBHOOK", "TRACKING_SEEN");
    }

    @Test
    void bothEndpointsAreInTheOpenApiDescription() throws Exception {
        JsonNode paths = original.json("/api/openapi").get("paths");
        JsonNode backup = paths.at("/~1api~1evaluations~1{id}~1backup/get");
        assertThat(backup.get("tags").toString()).contains("Backup");
        assertThat(backup.at("/responses/200/content").has("application/zip")).isTrue();
        JsonNode restore = paths.at("/~1api~1evaluations~1restore/post");
        assertThat(restore.at("/requestBody/content").has("multipart/form-data")).isTrue();
        assertThat(restore.at("/responses").has("201")).isTrue();
        assertThat(restore.at("/responses").has("413")).isTrue();
        assertThat(restore.at("/responses").has("422")).isTrue();
    }

    @Test
    void anUnknownEvaluationHasNoBackup() throws Exception {
        mvc.perform(get("/api/evaluations/{id}/backup", 987_654))
                .andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.error")
                        .value("evaluation 987654 does not exist"));
    }
}
