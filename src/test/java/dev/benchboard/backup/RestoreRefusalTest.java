package dev.benchboard.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.benchboard.api.ActAsEditor;
import dev.benchboard.export.FixtureEvaluation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * Archives a restore must refuse, each with a message saying what and where, and each leaving every
 * table of the database with the row count it had. The good archive: three uploads (wrk text; hey CSV
 * with a histogram and a per-second series; a GC trace) over two candidates.
 */
@SpringBootTest(properties = "benchboard.backup.max-bytes=" + RestoreRefusalTest.LIMIT)
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestoreRefusalTest {

    static final int LIMIT = 300_000;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestoreService restores;

    byte[] backup;

    @BeforeAll
    void backUp() throws Exception {
        FixtureEvaluation evaluation = FixtureEvaluation.create(mvc, "Refusals");
        evaluation.upload("wrk/latency-ok.txt", "Gin").upload("hey-csv/ok.csv", "Echo").upload("gc/leak-gctrace.txt", "Echo");
        backup = mvc.perform(get("/api/evaluations/{id}/backup", evaluation.id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(backup.length).isLessThan(LIMIT);
        assertThat(Archives.entries(backup).keySet())
                .containsExactly("evaluation.json", "uploads/00001.json", "uploads/00002.json", "uploads/00003.json", "manifest.json");
    }

    /** Rows per table, for every table there is (accounts, tokens, share links and Flyway's history too). */
    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = 'PUBLIC'"
                + " and table_type = 'BASE TABLE' order by table_name").query(String.class).list()) {
            counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        assertThat(counts).containsKeys("EVALUATION", "CANDIDATE", "UPLOAD", "RUN", "GC_TRACE", "CHAOS_EXPERIMENT",
                "DECISION_SETTINGS", "QUOTED_FIGURE", "SHARE_LINK", "APP_USER", "API_TOKEN");
        return counts;
    }

    /** Posts the file, expects the status, checks that no table changed, returns the error body. */
    private JsonNode refused(byte[] file, int status) throws Exception {
        Map<String, Long> before = rowCounts();
        String body = mvc.perform(multipart("/api/evaluations/restore")
                        .file(new MockMultipartFile("file", "backup.zip", "application/zip", file)))
                .andExpect(status().is(status))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(rowCounts()).as("row counts of every table").isEqualTo(before);
        return JsonMapper.shared().readTree(body);
    }

    private static String error(JsonNode body) {
        return body.get("error").asString();
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theGoodArchiveRestores() throws Exception {
        mvc.perform(multipart("/api/evaluations/restore").file(new MockMultipartFile("file", "b.zip", "application/zip", backup)))
                .andExpect(status().isCreated());
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws Exception {
        assertThat(error(refused(text("{\"evaluation\": \"a report, not a backup\"}"), 422))).isEqualTo(
                "not a zip archive (it looks like JSON: the report download, not a backup?); a Benchboard backup is the "
                        + ".zip file that \"Download backup\" gives");
        assertThat(error(refused(text("timestamp,ok,latency_ms\n"), 422))).startsWith("not a zip archive;");
        assertThat(error(refused(new byte[0], 422))).isEqualTo("the file is empty; a Benchboard backup is a .zip file");
    }

    @Test
    void aTruncatedZipIsRefused() throws Exception {
        for (int keep : new int[] {backup.length / 2, backup.length - 10, 30}) {
            assertThat(error(refused(Arrays.copyOf(backup, keep), 422))).as("first %d bytes", keep)
                    .startsWith("the zip archive is incomplete or damaged (a truncated download?): ");
        }
    }

    @Test
    void anEntryChangedAfterTheBackupFailsItsChecksum() throws Exception {
        String entry = new String(Archives.entries(backup).get("uploads/00002.json"), StandardCharsets.UTF_8);
        assertThat(entry).contains("\"accepted\":5000");
        byte[] altered = Archives.replace(backup, "uploads/00002.json",
                bytes -> text(entry.replace("\"accepted\":5000", "\"accepted\":5001")));
        String listed = Archives.json(Archives.entries(backup).get("manifest.json")).at("/entries/2/sha256").asString();
        String actual = Archives.sha256(text(entry.replace("\"accepted\":5000", "\"accepted\":5001")));
        JsonNode body = refused(altered, 422);
        assertThat(error(body)).isEqualTo("uploads/00002.json: checksum mismatch: SHA-256 " + actual + ", but manifest.json lists "
                + listed + "; the archive was changed or damaged after the backup was made");
        assertThat(body.get("field").asString()).isEqualTo("uploads/00002.json");
    }

    @Test
    void anUnknownFormatVersionIsRefused() throws Exception {
        byte[] newer = Archives.replace(backup, "manifest.json",
                bytes -> Archives.bytes(Archives.json(bytes).put("formatVersion", 2).put("laterField", true)));
        assertThat(error(refused(newer, 422))).isEqualTo("manifest.json, formatVersion: unsupported backup format version 2; "
                + "this Benchboard (" + BackupFormat.appVersion() + ") reads version 1 (the backup was made by a newer Benchboard)");
        byte[] other = Archives.replace(backup, "manifest.json",
                bytes -> Archives.bytes(Archives.json(bytes).put("format", "something-else")));
        assertThat(error(refused(other, 422))).isEqualTo("manifest.json, format: expected \"benchboard-evaluation-backup\", "
                + "found \"something-else\": not a Benchboard evaluation backup");
    }

    @Test
    void missingAndUnlistedEntriesAreRefused() throws Exception {
        Map<String, byte[]> entries = Archives.entries(backup);
        entries.remove("uploads/00002.json");
        assertThat(error(refused(Archives.zip(entries), 422)))
                .isEqualTo("the entry uploads/00002.json listed in manifest.json is missing from the zip");

        Map<String, byte[]> noManifest = Archives.entries(backup);
        noManifest.remove("manifest.json");
        assertThat(error(refused(Archives.zip(noManifest), 422)))
                .isEqualTo("no manifest.json in the zip: it is not a Benchboard backup");

        Map<String, byte[]> extra = Archives.entries(backup);
        extra.put("notes.txt", text("added later"));
        assertThat(error(refused(Archives.zip(extra), 422)))
                .isEqualTo("the zip holds an entry notes.txt that manifest.json does not list");
    }

    // The refusals below come from archives whose checksums all match (the manifest was updated too), so
    // they get past the first check; earlier uploads are already inserted when they are found, and the
    // transaction must take them out again.

    @Test
    void invalidJsonIsRefusedWithItsPlaceAndNothingStays() throws Exception {
        byte[] cut = Archives.replaceConsistently(backup, "uploads/00003.json", bytes -> Arrays.copyOf(bytes, 200));
        assertThat(error(refused(cut, 422))).startsWith("uploads/00003.json").contains("invalid JSON: ")
                .contains("end-of-input").contains("(line 1, column ");
    }

    @Test
    void aDamagedHistogramIsRefusedAtItsJsonPath() throws Exception {
        byte[] damaged = Archives.editConsistently(backup, "uploads/00002.json",
                upload -> ((ObjectNode) upload.get("runs").get(0)).put("histogram", "AAAAAAAAAAAA"));
        JsonNode body = refused(damaged, 422);
        assertThat(body.get("field").asString()).isEqualTo("uploads/00002.json, runs[0].histogram");
        assertThat(error(body)).startsWith("uploads/00002.json, runs[0].histogram: not a compressed HdrHistogram (");
    }

    @Test
    void anArchiveMadeBeforeGateRulesAcknowledgementsAndMappingsStillRestores() throws Exception {
        byte[] older = Archives.editConsistently(backup, "evaluation.json",
                evaluation -> evaluation.remove(java.util.List.of("gateMetrics", "acknowledgements", "columnMappings")));
        older = Archives.editConsistently(older, "uploads/00001.json", upload -> ((ObjectNode) upload.get("upload")).remove("mapping"));
        // Nor did its manifest count them.
        older = Archives.replace(older, "manifest.json", bytes -> {
            ObjectNode manifest = Archives.json(bytes);
            ((ObjectNode) manifest.get("counts")).remove(java.util.List.of("gateMetrics", "acknowledgements", "columnMappings"));
            return Archives.bytes(manifest);
        });
        assertThat(new String(Archives.entries(older).get("manifest.json"), StandardCharsets.UTF_8)).doesNotContain("gateMetrics");
        assertThat(new String(Archives.entries(older).get("evaluation.json"), StandardCharsets.UTF_8)).doesNotContain("gateMetrics");
        String body = mvc.perform(multipart("/api/evaluations/restore")
                        .file(new MockMultipartFile("file", "backup.zip", "application/zip", older)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long copy = JsonMapper.shared().readTree(body).get("id").asLong();
        assertThat(jdbc.sql("select count(*) from gate_metric where evaluation_id = ?").param(copy).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from upload where evaluation_id = ?").param(copy).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void badGateRulesAcknowledgementsAndMappingsAreRefusedAtTheirPlace() throws Exception {
        JsonNode threshold = refused(Archives.editConsistently(backup, "evaluation.json", evaluation -> evaluation.putArray("gateMetrics")
                .addObject().put("metric", "P99").put("gates", true).put("thresholdPercent", -5.0)), 422);
        assertThat(error(threshold)).isEqualTo("evaluation.json, gateMetrics[0]: thresholdPercent of P99: a number from 0 to 1000 "
                + "(|Δ %|), was -5.0");

        JsonNode twice = refused(Archives.editConsistently(backup, "evaluation.json", evaluation -> {
            var rules = evaluation.putArray("gateMetrics");
            rules.addObject().put("metric", "P99").put("gates", true).put("thresholdPercent", 5.0);
            rules.addObject().put("metric", "p99").put("gates", false).put("thresholdPercent", 5.0);
        }), 422);
        assertThat(error(twice)).isEqualTo("evaluation.json, gateMetrics[1].metric: metric p99 is listed twice");

        JsonNode unknownCandidate = refused(Archives.editConsistently(backup, "evaluation.json", evaluation -> evaluation
                .putArray("acknowledgements").addObject().put("baseline", "gin").put("candidate", "Fiber")
                .put("benchmark", "GET /").put("metric", "P99").put("note", "known").put("createdBy", "alice")
                .put("createdAt", "2026-12-01T10:00:00Z")), 422);
        assertThat(error(unknownCandidate)).isEqualTo("evaluation.json, acknowledgements[0].candidate: names candidate 'Fiber', "
                + "which is not among the candidates of evaluation.json");

        JsonNode noNote = refused(Archives.editConsistently(backup, "evaluation.json", evaluation -> evaluation
                .putArray("acknowledgements").addObject().put("baseline", "Gin").put("candidate", "Echo")
                .put("benchmark", "GET /").put("metric", "P99").put("note", " ").put("createdBy", "alice")
                .put("createdAt", "2026-12-01T10:00:00Z")), 422);
        assertThat(error(noNote)).isEqualTo("evaluation.json, acknowledgements[0].note: missing or blank, but required");

        JsonNode unit = refused(Archives.editConsistently(backup, "evaluation.json", evaluation -> {
            ObjectNode saved = evaluation.putArray("columnMappings").addObject().put("name", "driver").put("headerKey", "fault,start")
                    .put("savedAt", "2026-12-01T10:00:00Z");
            saved.putObject("mapping").put("name", "driver").put("kind", "chaos").put("timeUnit", "fortnights")
                    .putObject("roles").put("fault", "fault").put("start", "start");
        }), 422);
        assertThat(unit.get("field").asString()).isEqualTo("evaluation.json, columnMappings[0].mapping.timeUnit");
        assertThat(error(unit)).startsWith("evaluation.json, columnMappings[0].mapping.timeUnit: expected ").contains("fortnights");

        JsonNode uploadMapping = refused(Archives.editConsistently(backup, "uploads/00001.json",
                upload -> ((ObjectNode) upload.get("upload")).putObject("mapping").put("kind", "spreadsheet")), 422);
        assertThat(error(uploadMapping)).startsWith("uploads/00001.json, upload.mapping.kind: expected ").contains("spreadsheet");
    }

    @Test
    void wrongTypesUnknownFieldsAndUnknownCandidatesAreRefused() throws Exception {
        byte[] wrongType = Archives.editConsistently(backup, "uploads/00002.json",
                upload -> ((ObjectNode) upload.get("runs").get(0)).put("requests", "many"));
        JsonNode body = refused(wrongType, 422);
        assertThat(body.get("field").asString()).isEqualTo("uploads/00002.json, runs[0].requests");
        assertThat(error(body)).startsWith("uploads/00002.json, runs[0].requests: invalid JSON: expected a whole number (line ")
                .doesNotContain("java.");

        byte[] unknown = Archives.editConsistently(backup, "uploads/00001.json",
                upload -> ((ObjectNode) upload.get("upload")).put("comment", "added by hand"));
        assertThat(error(refused(unknown, 422))).startsWith("uploads/00001.json, upload.comment: invalid JSON: "
                + "unknown field 'comment' (made by a newer Benchboard, or edited?)");

        byte[] renamed = Archives.replaceConsistently(backup, "evaluation.json", bytes -> text(
                new String(bytes, StandardCharsets.UTF_8).replace("\"name\" : \"Echo\"", "\"name\" : \"Echo v4\"")));
        assertThat(error(refused(renamed, 422))).isEqualTo("uploads/00002.json, upload.candidate: names candidate 'Echo', "
                + "which is not among the candidates of evaluation.json");
    }

    @Test
    void countsThatDoNotMatchTheEntriesAreRefused() throws Exception {
        byte[] more = Archives.replace(backup, "manifest.json", bytes -> {
            ObjectNode manifest = Archives.json(bytes);
            ((ObjectNode) manifest.get("counts")).put("runs", manifest.at("/counts/runs").asInt() + 1);
            return Archives.bytes(manifest);
        });
        int runs = Archives.json(Archives.entries(backup).get("manifest.json")).at("/counts/runs").asInt();
        assertThat(error(refused(more, 422))).isEqualTo("manifest.json, counts: do not match the entries (runs: "
                + (runs + 1) + " listed, " + runs + " in the entries)");

        // The gate's rules, acknowledgements and saved column mappings are counted too.
        int rules = Archives.json(Archives.entries(backup).get("manifest.json")).at("/counts/gateMetrics").asInt();
        byte[] moreRules = Archives.replace(backup, "manifest.json", bytes -> {
            ObjectNode manifest = Archives.json(bytes);
            ((ObjectNode) manifest.get("counts")).put("gateMetrics", rules + 2).put("columnMappings", 7);
            return Archives.bytes(manifest);
        });
        assertThat(error(refused(moreRules, 422))).startsWith("manifest.json, counts: do not match the entries (gateMetrics: "
                + (rules + 2) + " listed, " + rules + " in the entries; columnMappings: 7 listed, ");
    }

    @Test
    void anArchiveOverTheLimitIs413AndAMissingFileIs400() throws Exception {
        byte[] big = Arrays.copyOf(backup, LIMIT + 1);
        assertThat(error(refused(big, 413))).isEqualTo("the backup has " + (LIMIT + 1) + " bytes, more than the configured "
                + "limit of " + LIMIT + " bytes (benchboard.backup.max-bytes)");
        Map<String, Long> before = rowCounts();
        mvc.perform(multipart("/api/evaluations/restore")).andExpect(status().isBadRequest());
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void theServiceRefusesLikeTheApiAndNamesThePlace() throws Exception {
        Path file = Files.createTempFile("refused-", ".zip");
        try {
            Files.write(file, Archives.editConsistently(backup, "uploads/00003.json",
                    upload -> ((ObjectNode) upload.get("gcTraces").get(0)).putNull("cycles")));
            Map<String, Long> before = rowCounts();
            assertThatThrownBy(() -> restores.restore(file)).isInstanceOfSatisfying(BackupRefused.class, e -> {
                assertThat(e.status()).isEqualTo(422);
                assertThat(e.where()).isEqualTo("uploads/00003.json, gcTraces[0].cycles");
                assertThat(e.getMessage()).isEqualTo("uploads/00003.json, gcTraces[0].cycles: missing (null), but required");
            });
            assertThat(rowCounts()).isEqualTo(before);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Issue 13, finding 5: a backup whose entries were edited and re-hashed (as whoever can rewrite the
     * archive can) restored impossible values, and every report of the copy then failed. Each value is
     * now held to the rules every upload follows (EvidenceRules) and refused with its entry and field.
     */
    @Nested
    class RestoreAcceptsImpossibleValues {

        private JsonNode refusedAt(String entry, java.util.function.Consumer<ObjectNode> edit, String field) throws Exception {
            JsonNode body = refused(Archives.editConsistently(backup, entry, edit), 422);
            assertThat(body.get("field").asString()).isEqualTo(entry + ", " + field);
            assertThat(error(body)).startsWith(entry + ", " + field + ": expected ");
            return body;
        }

        private ObjectNode run(ObjectNode upload, int index) {
            return (ObjectNode) upload.get("runs").get(index);
        }

        @Test
        void aPercentileOf500() throws Exception {
            JsonNode body = refusedAt("uploads/00001.json", upload -> ((ObjectNode) run(upload, 0).get("percentiles").get(1))
                    .put("percentile", 500), "runs[0].percentiles[1].percentile");
            assertThat(error(body)).endsWith("expected a percentile within 0..100, found 500.0");
        }

        @Test
        void aNegativeAcceptedCount() throws Exception {
            JsonNode body = refusedAt("uploads/00002.json", upload -> ((ObjectNode) upload.get("upload")).put("accepted", -5),
                    "upload.accepted");
            assertThat(error(body)).endsWith("expected a count ≥ 0, found -5");
        }

        @Test
        void aNegativeThroughput() throws Exception {
            JsonNode body = refusedAt("uploads/00001.json", upload -> run(upload, 0).put("throughputRps", -1),
                    "runs[0].throughputRps");
            assertThat(error(body)).endsWith("expected a finite number ≥ 0, found -1.0");
        }

        @Test
        void moreErrorsThanRequestsInASecond() throws Exception {
            refusedAt("uploads/00002.json", upload -> {
                ObjectNode second = (ObjectNode) run(upload, 0).get("perSecond").get(0);
                second.put("errors", second.get("requests").asLong() + 1);
            }, "runs[0].perSecond[0].errors");
        }

        @Test
        void aNegativeGcPauseAndANegativeStatusCount() throws Exception {
            refusedAt("uploads/00003.json", upload -> ((ObjectNode) upload.get("gcTraces").get(0).get("cycles").get(3))
                    .put("pauseMs", -0.5), "gcTraces[0].cycles[3].pauseMs");
            refusedAt("uploads/00002.json", upload -> ((ObjectNode) run(upload, 0).get("statusCodes")).put("200", -1),
                    "runs[0].statusCodes.200");
        }
    }
}
