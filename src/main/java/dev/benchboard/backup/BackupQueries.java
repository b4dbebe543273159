package dev.benchboard.backup;

import static dev.benchboard.backup.Columns.instant;
import static dev.benchboard.backup.Columns.json;

import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.evaluation.Requirements;
import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.evaluation.Weights;
import dev.benchboard.ingest.model.DataKind;
import dev.benchboard.ingest.model.LatencyOrigin;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads one evaluation's rows for a backup, column by column, over plain JDBC: a backup must carry
 * every stored column, including those no service exposes (candidate and upload times, the demo flag).
 * Evidence rows are handed over one at a time, so an upload's runs are never all held at once.
 * Callers hold a read-only transaction, so the archive is one consistent state.
 */
@Repository
class BackupQueries {

    private final JdbcClient jdbc;

    BackupQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.sql("select id from upload where evaluation_id = ? order by uploaded_at, id").param(evaluationId)
                .query(Long.class).list();
    }

    ArchivedUpload upload(long uploadId) {
        return jdbc.sql("select u.*, c.name as candidate_name from upload u join candidate c on c.id = u.candidate_id"
                        + " where u.id = ?").param(uploadId)
                .query((rs, n) -> new ArchivedUpload(rs.getString("candidate_name"), rs.getString("file_name"),
                        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getBoolean("gzip"),
                        DataKind.valueOf(rs.getString("kind")), rs.getString("format"), rs.getBoolean("format_detected"),
                        rs.getString("importer_version"), rs.getString("label"), rs.getBoolean("baseline"),
                        instant(rs, "uploaded_at"), rs.getLong("accepted"), rs.getLong("rejected"),
                        rs.getLong("skipped_lines"), rs.getLong("problem_count"), json(rs, "settings_json"),
                        json(rs, "warnings_json"), json(rs, "problems_json"), json(rs, "mapping_json")))
                .single();
    }

    void runs(long uploadId, Consumer<? super ArchivedUpload.Run> each) {
        jdbc.sql("select * from run where upload_id = ? order by ordinal, id").param(uploadId).query((ResultSet rs) ->
                each.accept(new ArchivedUpload.Run(rs.getInt("ordinal"), rs.getString("label"),
                        rs.getObject("requests", Long.class), rs.getObject("errors", Long.class),
                        number(rs, "duration_s"), number(rs, "throughput_rps"), number(rs, "concurrency"),
                        number(rs, "mean_ms"), number(rs, "min_ms"), number(rs, "max_ms"), number(rs, "stdev_ms"),
                        LatencyOrigin.valueOf(rs.getString("latency_origin")), rs.getBoolean("coordinated_omission"),
                        rs.getBytes("histogram"), json(rs, "settings_json"), json(rs, "percentiles_json"),
                        json(rs, "status_codes_json"), json(rs, "metrics_json"), json(rs, "per_second_json"))));
    }

    void gcTraces(long uploadId, Consumer<? super ArchivedUpload.GcTrace> each) {
        jdbc.sql("select * from gc_trace where upload_id = ? order by ordinal, id").param(uploadId).query((ResultSet rs) ->
                each.accept(new ArchivedUpload.GcTrace(rs.getInt("ordinal"), rs.getString("label"),
                        json(rs, "settings_json"), json(rs, "cycles_json"))));
    }

    void chaosExperiments(long uploadId, Consumer<? super ArchivedUpload.ChaosExperiment> each) {
        jdbc.sql("select * from chaos_experiment where upload_id = ? order by ordinal, id").param(uploadId)
                .query((ResultSet rs) -> each.accept(new ArchivedUpload.ChaosExperiment(rs.getInt("ordinal"),
                        rs.getString("experiment"), instant(rs, "window_start"), instant(rs, "window_end"),
                        json(rs, "events_json"), json(rs, "outages_json"), json(rs, "reported_json"),
                        json(rs, "litmus_json"))));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Double.class);
    }
}
