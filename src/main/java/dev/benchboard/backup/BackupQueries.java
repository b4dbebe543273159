package dev.benchboard.backup;

import static dev.benchboard.backup.Columns.instant;
import static dev.benchboard.backup.Columns.json;

import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.evaluation.Requirements;
import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.evaluation.Weights;
import dev.benchboard.evidence.EvidenceStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads one evaluation's rows for a backup, column by column, over plain JDBC: a backup must carry
 * every stored column, including those no service exposes (candidate and upload times, the demo flag).
 * The evidence rows come from their owner, {@link EvidenceStore}, one at a time, so an upload's runs are
 * never all held at once.
 * Callers hold a read-only transaction, so the archive is one consistent state.
 */
@Repository
class BackupQueries {

    private final JdbcClient jdbc;
    private final EvidenceStore evidence;

    BackupQueries(JdbcClient jdbc, EvidenceStore evidence) {
        this.jdbc = jdbc;
        this.evidence = evidence;
    }

    ArchivedEvaluation evaluation(long id) {
        ArchivedEvaluation row = jdbc.sql("select * from evaluation where id = ?").param(id)
                .query((rs, n) -> evaluation(rs)).optional()
                .orElseThrow(() -> new NotFoundException("evaluation", id));
        return new ArchivedEvaluation(row.name(), row.description(), row.demo(), row.createdAt(), row.updatedAt(),
                row.requirements(), row.weights(), row.statistics(), candidates(id), quotedFigures(id),
                decisionSettings(id), gateMetrics(id), acknowledgements(id), columnMappings(id));
    }

    private static ArchivedEvaluation evaluation(ResultSet rs) throws SQLException {
        Requirements requirements = new Requirements(number(rs, "target_qps"), number(rs, "p99_slo_ms"),
                number(rs, "availability_slo"), number(rs, "headroom_percent"),
                rs.getObject("redundancy", Integer.class), rs.getObject("instance_cores", Integer.class),
                number(rs, "instance_memory_gb"), number(rs, "cost_per_instance_hour"),
                rs.getBoolean("net_http_compatibility"), rs.getBoolean("http2"), rs.getBoolean("websocket"),
                rs.getBoolean("ecosystem_priority"), rs.getBoolean("maintainability_priority"));
        Weights weights = new Weights(rs.getDouble("weight_throughput"), rs.getDouble("weight_p99"),
                rs.getDouble("weight_memory"), rs.getDouble("weight_gc_pause"), rs.getDouble("weight_availability"),
                rs.getDouble("weight_ecosystem"));
        StatisticsSettings statistics = new StatisticsSettings(rs.getDouble("alpha"),
                rs.getDouble("practical_threshold_percent"), rs.getInt("bootstrap_resamples"), rs.getLong("random_seed"));
        return new ArchivedEvaluation(rs.getString("name"), rs.getString("description"), rs.getBoolean("demo"),
                instant(rs, "created_at"), instant(rs, "updated_at"), requirements, weights, statistics,
                List.of(), List.of(), null, List.of(), List.of(), List.of());
    }

    private List<ArchivedEvaluation.Candidate> candidates(long evaluationId) {
        return jdbc.sql("select * from candidate where evaluation_id = ? order by id").param(evaluationId)
                .query((rs, n) -> new ArchivedEvaluation.Candidate(rs.getString("name"), rs.getString("framework"),
                        rs.getString("version"), rs.getString("go_version"), rs.getString("notes"),
                        instant(rs, "created_at")))
                .list();
    }

    private List<ArchivedEvaluation.QuotedFigure> quotedFigures(long evaluationId) {
        return jdbc.sql("""
                        select q.*, c.name as candidate_name from quoted_figure q
                        left join candidate c on c.id = q.candidate_id where q.evaluation_id = ? order by q.id
                        """).param(evaluationId)
                .query((rs, n) -> new ArchivedEvaluation.QuotedFigure(rs.getString("candidate_name"),
                        rs.getString("metric"), rs.getString("scope"), rs.getDouble("figure"), rs.getString("unit"),
                        rs.getString("source")))
                .list();
    }

    private ArchivedEvaluation.DecisionSettings decisionSettings(long evaluationId) {
        return jdbc.sql("select * from decision_settings where evaluation_id = ?").param(evaluationId)
                .query((rs, n) -> new ArchivedEvaluation.DecisionSettings(rs.getString("tree_json"),
                        json(rs, "parameters_json"), instant(rs, "updated_at")))
                .optional().orElse(null);
    }

    private List<ArchivedEvaluation.GateMetric> gateMetrics(long evaluationId) {
        return jdbc.sql("select * from gate_metric where evaluation_id = ? order by metric").param(evaluationId)
                .query((rs, n) -> new ArchivedEvaluation.GateMetric(rs.getString("metric"), rs.getBoolean("gates"),
                        rs.getDouble("threshold_percent")))
                .list();
    }

    private List<ArchivedEvaluation.Acknowledgement> acknowledgements(long evaluationId) {
        return jdbc.sql("select * from acknowledgement where evaluation_id = ? order by id").param(evaluationId)
                .query((rs, n) -> new ArchivedEvaluation.Acknowledgement(rs.getString("baseline"),
                        rs.getString("candidate"), rs.getString("benchmark"), rs.getString("metric"),
                        rs.getString("note"), rs.getString("created_by"), instant(rs, "created_at")))
                .list();
    }

    private List<ArchivedEvaluation.ColumnMapping> columnMappings(long evaluationId) {
        return jdbc.sql("select * from column_mapping where evaluation_id = ? order by id").param(evaluationId)
                .query((rs, n) -> new ArchivedEvaluation.ColumnMapping(rs.getString("name"), rs.getString("header_key"),
                        json(rs, "mapping_json"), instant(rs, "saved_at")))
                .list();
    }

    /** Oldest first, the order the evidence is read in for reports. */
    List<Long> uploadIds(long evaluationId) {
        return evidence.uploadIds(evaluationId);
    }

    ArchivedUpload upload(long uploadId) {
        return ArchivedUpload.of(evidence.uploadRow(uploadId));
    }

    void runs(long uploadId, Consumer<? super ArchivedUpload.Run> each) {
        evidence.runRows(uploadId, row -> each.accept(ArchivedUpload.Run.of(row)));
    }

    void gcTraces(long uploadId, Consumer<? super ArchivedUpload.GcTrace> each) {
        evidence.gcTraceRows(uploadId, row -> each.accept(ArchivedUpload.GcTrace.of(row)));
    }

    void chaosExperiments(long uploadId, Consumer<? super ArchivedUpload.ChaosExperiment> each) {
        evidence.chaosExperimentRows(uploadId, row -> each.accept(ArchivedUpload.ChaosExperiment.of(row)));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Double.class);
    }
}
