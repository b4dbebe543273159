package dev.benchboard.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.benchboard.api.ActAsEditor;
import dev.benchboard.api.TestPostgres;
import dev.benchboard.export.FixtureEvaluation;
import dev.benchboard.report.DecisionService;
import dev.benchboard.tracking.AcknowledgementDraft;
import dev.benchboard.tracking.Acknowledgements;
import dev.benchboard.tracking.GateRules;
import dev.benchboard.tracking.MetricRule;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backup and restore on a real PostgreSQL server (started by ./benchboard test, which sets
 * BENCHBOARD_TEST_PG_URL), as PostgresIngestIT does for ingest: histograms through bytea, timestamps
 * with time zone, JSON text columns; a refused archive leaves no rows behind.
 */
@SpringBootTest(properties = "benchboard.demo.enabled=false")
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
class BackupPostgresIT {


    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionService decisions;

    @Autowired
    GateRules gateRules;

    @Autowired
    Acknowledgements acknowledgements;

    @Test
    void backupAndRestoreOnPostgres() throws Exception {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        FixtureEvaluation original = FixtureEvaluation.create(mvc, "backup on postgres")
                .upload("hey-csv/ok.csv", "Gin")
                .upload("wrk/latency-ok.txt", "Gin")
                .upload("gc/leak-gctrace.txt", "Gin")
                .upload("chaos/events.csv", "Gin")
                .upload("go-bench/baseline.txt", "Echo", "baseline", "true")
                .upload("go-bench/slowed.txt", "Echo")
                .upload(BackupRoundTripTest.MAPPED, "Gin", "mapping", BackupRoundTripTest.MAPPING);
        decisions.setParameter(original.id, "maxInstances", 8.0);
        gateRules.replace(original.id, List.of(new MetricRule("ns/op", true, 10.0)));
        acknowledgements.create(original.id, new AcknowledgementDraft("Echo", "Echo", "BenchmarkChecksum", "ns/op", "on purpose"),
                "alice");
        byte[] backup = mvc.perform(get("/api/evaluations/{id}/backup", original.id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        long copy = restore(backup, 201).get("id").asLong();
        assertThat(RestoredEvaluation.rows(jdbc, copy)).isEqualTo(RestoredEvaluation.rows(jdbc, original.id));
        assertThat(RestoredEvaluation.rows(jdbc, copy).get("run")).hasSizeGreaterThan(20);
        for (String carried : List.of("gate_metric", "acknowledgement", "column_mapping")) {
            assertThat(RestoredEvaluation.rows(jdbc, copy).get(carried)).as(carried).hasSize(1);
        }
        JsonNode report = RestoredEvaluation.withoutIds(original.json("/api/evaluations/{id}/report", original.id), jdbc, original.id);
        JsonNode copied = RestoredEvaluation.withoutIds(original.json("/api/evaluations/{id}/report", copy), jdbc, copy);
        assertThat(RestoredEvaluation.differences(copied, report)).isEmpty();

        // The last upload damaged, the manifest updated to match: the earlier inserts are rolled back.
        byte[] damaged = Archives.replaceConsistently(backup, "uploads/00007.json", bytes -> Arrays.copyOf(bytes, 100));
        Map<String, Long> before = counts();
        assertThat(restore(damaged, 422).get("error").asString()).startsWith("uploads/00007.json").contains("invalid JSON");
        assertThat(counts()).isEqualTo(before);
    }

    private JsonNode restore(byte[] archive, int status) throws Exception {
        String body = mvc.perform(multipart("/api/evaluations/restore")
                        .file(new MockMultipartFile("file", "backup.zip", "application/zip", archive)))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readTree(body);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : RestoredEvaluation.TABLES.keySet()) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
