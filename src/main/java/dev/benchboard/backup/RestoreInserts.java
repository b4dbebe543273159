package dev.benchboard.backup;

import static dev.benchboard.backup.Columns.text;
import static dev.benchboard.backup.Columns.timestamp;

import dev.benchboard.evidence.EvidenceStore;
import dev.benchboard.ingest.mapping.ColumnMapping;
import dev.benchboard.ingest.mapping.ColumnMappingStore;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Inserts the rows of a restored evaluation with new ids, column by column as {@link BackupQueries}
 * read them; the evidence rows through their owner, {@link EvidenceStore}, with the same inserts an upload
 * uses. Values are validated before they get here. Callers hold the one restore transaction.
 */
@Repository
class RestoreInserts {

    private final JdbcClient jdbc;
    private final EvidenceStore evidence;
    private final ColumnMappingStore mappings;

    RestoreInserts(JdbcClient jdbc, EvidenceStore evidence, ColumnMappingStore mappings) {
        this.jdbc = jdbc;
        this.evidence = evidence;
        this.mappings = mappings;
    }

    /** A new evaluation: created as in the backup, updated now (so it heads the list), version 0. */
    long evaluation(ArchivedEvaluation e, Instant now) {
        var r = e.requirements();
        var w = e.weights();
        var s = e.statistics();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into evaluation (name, description, demo, target_qps, p99_slo_ms, availability_slo,
                    headroom_percent, redundancy, instance_cores, instance_memory_gb, cost_per_instance_hour,
                    net_http_compatibility, http2, websocket, ecosystem_priority, maintainability_priority,
                    weight_throughput, weight_p99, weight_memory, weight_gc_pause, weight_availability, weight_ecosystem,
                    alpha, practical_threshold_percent, bootstrap_resamples, random_seed, created_at, updated_at, version)
                values (:name, :description, :demo, :targetQps, :p99, :availability, :headroom, :redundancy, :cores,
                    :memory, :cost, :netHttp, :http2, :websocket, :ecosystem, :maintainability, :wThroughput, :wP99,
                    :wMemory, :wGcPause, :wAvailability, :wEcosystem, :alpha, :threshold, :resamples, :seed,
                    :createdAt, :updatedAt, 0)
                """)
                .param("name", e.name()).param("description", e.description()).param("demo", e.demo())
                .param("targetQps", r.targetQps()).param("p99", r.p99SloMs()).param("availability", r.availabilitySlo())
                .param("headroom", r.headroomPercent()).param("redundancy", r.redundancy())
                .param("cores", r.instanceCores()).param("memory", r.instanceMemoryGb())
                .param("cost", r.costPerInstanceHour()).param("netHttp", r.netHttpCompatibility())
                .param("http2", r.http2()).param("websocket", r.websocket()).param("ecosystem", r.ecosystemPriority())
                .param("maintainability", r.maintainabilityPriority())
                .param("wThroughput", w.throughput()).param("wP99", w.p99()).param("wMemory", w.memory())
                .param("wGcPause", w.gcPause()).param("wAvailability", w.availability()).param("wEcosystem", w.ecosystem())
                .param("alpha", s.alpha()).param("threshold", s.practicalThresholdPercent())
                .param("resamples", s.bootstrapResamples()).param("seed", s.randomSeed())
                .param("createdAt", timestamp(e.createdAt())).param("updatedAt", timestamp(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    long candidate(long evaluationId, ArchivedEvaluation.Candidate c) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into candidate (evaluation_id, name, framework, version, go_version, notes, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(evaluationId, c.name(), c.framework() == null || c.framework().isBlank() ? null : c.framework(),
                        c.version(), c.goVersion(), c.notes(),
                        timestamp(c.createdAt()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void quotedFigure(long evaluationId, Long candidateId, ArchivedEvaluation.QuotedFigure q) {
        jdbc.sql("insert into quoted_figure (evaluation_id, candidate_id, metric, scope, figure, unit, source)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(evaluationId, candidateId, q.metric(), q.scope(), q.value(), q.unit(), q.source())
                .update();
    }

    void decisionSettings(long evaluationId, ArchivedEvaluation.DecisionSettings d) {
        jdbc.sql("insert into decision_settings (evaluation_id, tree_json, parameters_json, updated_at) values (?, ?, ?, ?)")
                .params(evaluationId, d.treeJson(), text(d.parameters()), timestamp(d.updatedAt()))
                .update();
    }

    void gateMetric(long evaluationId, ArchivedEvaluation.GateMetric g) {
        jdbc.sql("insert into gate_metric (evaluation_id, metric, gates, threshold_percent) values (?, ?, ?, ?)")
                .params(evaluationId, g.metric(), g.gates(), g.thresholdPercent())
                .update();
    }

    void acknowledgement(long evaluationId, ArchivedEvaluation.Acknowledgement a) {
        jdbc.sql("insert into acknowledgement (evaluation_id, baseline, candidate, benchmark, metric, note, created_by,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(evaluationId, a.baseline(), a.candidate(), a.benchmark(), a.metric(), a.note(), a.createdBy(),
                        timestamp(a.createdAt()))
                .update();
    }

    /** Saved as the app saves one (its header's SHA-256 computed, the mapping's JSON written by the app). */
    void columnMapping(long evaluationId, ColumnMapping mapping, String headerKey, Instant savedAt) {
        mappings.save(evaluationId, mapping, headerKey, savedAt);
    }

    long upload(long evaluationId, long candidateId, ArchivedUpload u) {
        return evidence.insertUpload(evaluationId, candidateId, u.row());
    }

    void run(long uploadId, ArchivedUpload.Run run) {
        evidence.insertRun(uploadId, run.row());
    }

    void gcTrace(long uploadId, ArchivedUpload.GcTrace trace) {
        evidence.insertGcTrace(uploadId, trace.row());
    }

    void chaosExperiment(long uploadId, ArchivedUpload.ChaosExperiment chaos) {
        evidence.insertChaosExperiment(uploadId, chaos.row());
    }
}
