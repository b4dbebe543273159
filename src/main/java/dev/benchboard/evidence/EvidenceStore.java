package dev.benchboard.evidence;

import dev.benchboard.common.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * The one owner of the evidence tables ({@code upload}, {@code run}, {@code gc_trace}, {@code chaos_experiment}):
 * every read and write of them is here, over plain JDBC (uploads are immutable, so there is no entity life cycle
 * to manage). Uploads, reports, backup, restore, GC windows and access checks all come through it, so a column
 * is written one way only. Callers hold the transaction of a write.
 */
@Repository
public class EvidenceStore {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};
    private static final TypeReference<List<Percentile>> PERCENTILES = new TypeReference<>() {};
    private static final TypeReference<Map<Integer, Long>> STATUS_CODES = new TypeReference<>() {};
    private static final TypeReference<Map<String, Double>> DOUBLE_MAP = new TypeReference<>() {};
    private static final TypeReference<List<SecondBucket>> SECONDS = new TypeReference<>() {};
    private static final TypeReference<List<GcCycle>> CYCLES = new TypeReference<>() {};
    private static final TypeReference<List<ChaosEvent>> EVENTS = new TypeReference<>() {};
    private static final TypeReference<List<Outage>> OUTAGES = new TypeReference<>() {};
    private static final TypeReference<List<ReportedReliability>> REPORTED = new TypeReference<>() {};
    private static final TypeReference<List<LitmusResult>> LITMUS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- writes ----

    /** An upload and the records parsed from it, in their file order; the new upload's id. */
    public long insert(long evaluationId, long candidateId, EvidenceRows.Upload upload, List<RunData> runs,
                       List<GcTraceData> gcTraces, List<ChaosData> chaos) {
        long uploadId = insertUpload(evaluationId, candidateId, upload);
        for (int i = 0; i < runs.size(); i++) insertRun(uploadId, EvidenceRows.Run.of(i, runs.get(i)));
        for (int i = 0; i < gcTraces.size(); i++) insertGcTrace(uploadId, EvidenceRows.GcTrace.of(i, gcTraces.get(i)));
        for (int i = 0; i < chaos.size(); i++) insertChaosExperiment(uploadId, EvidenceRows.ChaosExperiment.of(i, chaos.get(i)));
        return uploadId;
    }

    public long insertUpload(long evaluationId, long candidateId, EvidenceRows.Upload u) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into upload (evaluation_id, candidate_id, file_name, size_bytes, sha256, gzip, kind, format,
                    format_detected, importer_version, label, baseline, uploaded_at, accepted, rejected, skipped_lines,
                    problem_count, settings_json, warnings_json, problems_json, mapping_json)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(evaluationId, candidateId, u.fileName(), u.sizeBytes(), u.sha256(), u.gzip(), u.kind().name(),
                        u.format(), u.formatDetected(), u.importerVersion(), u.label(), u.baseline(),
                        timestamp(u.uploadedAt()), u.accepted(), u.rejected(), u.skippedLines(), u.problemCount(),
                        u.settingsJson(), u.warningsJson(), u.problemsJson(), u.mappingJson())
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void insertRun(long uploadId, EvidenceRows.Run run) {
        jdbc.sql("""
                insert into run (upload_id, ordinal, label, requests, errors, duration_s, throughput_rps, concurrency,
                    mean_ms, min_ms, max_ms, stdev_ms, latency_origin, coordinated_omission, histogram, settings_json,
                    percentiles_json, status_codes_json, metrics_json, per_second_json)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(uploadId, run.ordinal(), run.label(), run.requests(), run.errors(), run.durationSeconds(),
                        run.throughputRps(), run.concurrency(), run.meanMs(), run.minMs(), run.maxMs(), run.stdevMs(),
                        run.latencyOrigin().name(), run.coordinatedOmission(), run.histogram(), run.settingsJson(),
                        run.percentilesJson(), run.statusCodesJson(), run.metricsJson(), run.perSecondJson())
                .update();
    }

    public void insertGcTrace(long uploadId, EvidenceRows.GcTrace trace) {
        jdbc.sql("insert into gc_trace (upload_id, ordinal, label, settings_json, cycles_json) values (?, ?, ?, ?, ?)")
                .params(uploadId, trace.ordinal(), trace.label(), trace.settingsJson(), trace.cyclesJson())
                .update();
    }

    public void insertChaosExperiment(long uploadId, EvidenceRows.ChaosExperiment chaos) {
        jdbc.sql("""
                insert into chaos_experiment (upload_id, ordinal, experiment, window_start, window_end,
                    events_json, outages_json, reported_json, litmus_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(uploadId, chaos.ordinal(), chaos.experiment(), timestamp(chaos.windowStart()),
                        timestamp(chaos.windowEnd()), chaos.eventsJson(), chaos.outagesJson(), chaos.reportedJson(),
                        chaos.litmusJson())
                .update();
    }

    public void delete(long uploadId) {
        jdbc.sql("delete from upload where id = ?").param(uploadId).update();
    }

    /** A GC trace's settings, replaced whole (the user's steady window lives there). */
    public void updateGcTraceSettings(long traceId, Map<String, String> settings) {
        jdbc.sql("update gc_trace set settings_json = ? where id = ?").param(Json.write(settings)).param(traceId).update();
    }

    // ---- lookups ----

    public Optional<Long> findBySha(long evaluationId, String sha256) {
        return jdbc.sql("select id from upload where evaluation_id = ? and sha256 = ?")
                .params(evaluationId, sha256).query(Long.class).optional();
    }

    /** The evaluation an upload belongs to: one indexed lookup, not the whole record. */
    public Optional<Long> evaluationOf(long uploadId) {
        return jdbc.sql("select evaluation_id from upload where id = ?").param(uploadId).query(Long.class).optional();
    }

    /** A GC trace's settings when the trace belongs to the evaluation; empty when it does not exist there. */
    public Optional<Map<String, String>> gcTraceSettings(long evaluationId, long traceId) {
        return jdbc.sql("select t.settings_json from gc_trace t join upload u on u.id = t.upload_id"
                        + " where t.id = ? and u.evaluation_id = ?")
                .param(traceId).param(evaluationId)
                .query((rs, n) -> Json.read(rs.getString(1) == null ? "{}" : rs.getString(1), STRING_MAP))
                .optional();
    }

    // ---- the upload list ----

    // Read-only transactions: the row mapper runs nested queries, which must share the outer query's
    // connection (outside a transaction each would take its own, and concurrent readers drain the pool).
    @Transactional(readOnly = true)
    public List<UploadView> list(long evaluationId) {
        return jdbc.sql(UPLOAD_SELECT + " where u.evaluation_id = ? order by u.uploaded_at desc, u.id desc")
                .param(evaluationId).query(this::upload).list();
    }

    @Transactional(readOnly = true)
    public Optional<UploadView> get(long uploadId) {
        return jdbc.sql(UPLOAD_SELECT + " where u.id = ?").param(uploadId).query(this::upload).optional();
    }

    private static final String UPLOAD_SELECT = """
            select u.*, c.name as candidate_name,
                (select count(*) from gc_trace g where g.upload_id = u.id) as gc_traces,
                (select count(*) from chaos_experiment x where x.upload_id = u.id) as chaos_count
            from upload u join candidate c on c.id = u.candidate_id
            """;

    private UploadView upload(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<RunSummary> runs = new ArrayList<>();
        for (StoredRun run : runs(id)) runs.add(RunSummaries.of(run.id(), run.ordinal(), run.data()));
        int[] gc = gcCounts(id);
        return new UploadView(id, rs.getLong("evaluation_id"), rs.getLong("candidate_id"), rs.getString("candidate_name"),
                rs.getString("file_name"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getBoolean("gzip"),
                DataKind.valueOf(rs.getString("kind")), rs.getString("format"), rs.getBoolean("format_detected"),
                rs.getString("importer_version"), rs.getString("label"), rs.getBoolean("baseline"),
                rs.getTimestamp("uploaded_at").toInstant(), rs.getLong("accepted"), rs.getLong("rejected"),
                rs.getLong("skipped_lines"), rs.getLong("problem_count"),
                Json.read(rs.getString("settings_json"), STRING_MAP), StoredSentences.read(rs.getString("warnings_json")),
                StoredSentences.read(rs.getString("problems_json")), runs, gc[0], gc[1], rs.getInt("chaos_count"),
                outageCount(id), rs.getString("mapping_json"));
    }

    /** A run as stored, rehydrated with its histogram. */
    public record StoredRun(long id, long uploadId, int ordinal, RunData data) {}

    @MeasuredData
    public List<StoredRun> runs(long uploadId) {
        return jdbc.sql("select * from run where upload_id = ? order by ordinal").param(uploadId)
                .query((rs, n) -> storedRun(rs)).list();
    }

    private static StoredRun storedRun(ResultSet rs) throws SQLException {
        RunData data = new RunData(rs.getString("label"), Json.read(rs.getString("settings_json"), STRING_MAP),
                rs.getObject("requests", Long.class), rs.getObject("errors", Long.class),
                rs.getObject("duration_s", Double.class), rs.getObject("throughput_rps", Double.class),
                rs.getObject("concurrency", Double.class), rs.getObject("mean_ms", Double.class),
                rs.getObject("min_ms", Double.class), rs.getObject("max_ms", Double.class),
                rs.getObject("stdev_ms", Double.class), EvidenceRows.decode(rs.getBytes("histogram")),
                Json.read(rs.getString("percentiles_json"), PERCENTILES),
                LatencyOrigin.valueOf(rs.getString("latency_origin")), rs.getBoolean("coordinated_omission"),
                Json.read(rs.getString("status_codes_json"), STATUS_CODES),
                Json.read(rs.getString("metrics_json"), DOUBLE_MAP),
                Json.read(rs.getString("per_second_json"), SECONDS));
        return new StoredRun(rs.getLong("id"), rs.getLong("upload_id"), rs.getInt("ordinal"), data);
    }

    private int[] gcCounts(long uploadId) {
        List<String> cycles = jdbc.sql("select cycles_json from gc_trace where upload_id = ?").param(uploadId)
                .query(String.class).list();
        int total = 0;
        for (String json : cycles) total += Json.mapper().readTree(json).size();
        return new int[] {cycles.size(), total};
    }

    private int outageCount(long uploadId) {
        List<String> outages = jdbc.sql("select outages_json from chaos_experiment where upload_id = ?").param(uploadId)
                .query(String.class).list();
        int total = 0;
        for (String json : outages) if (json != null) total += Json.mapper().readTree(json).size();
        return total;
    }

    // ---- an evaluation's evidence, for reports ----

    private record Candidate(long id, String name, String framework) {}

    /** Everything measured for the evaluation, grouped by candidate, with provenance. */
    @Transactional(readOnly = true)
    @MeasuredData
    public Evidence load(long evaluationId) {
        List<Candidate> candidates = jdbc.sql("select id, name, framework from candidate where evaluation_id = ? order by name")
                .param(evaluationId).query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        Map<Long, Evidence.Source> sources = new LinkedHashMap<>();
        Map<Long, Long> candidateOfUpload = new LinkedHashMap<>();
        jdbc.sql("select id, candidate_id, file_name, format, sha256, uploaded_at, label, baseline from upload"
                        + " where evaluation_id = ? order by uploaded_at, id")
                .param(evaluationId).query((ResultSet rs) -> {
                    long id = rs.getLong("id");
                    candidateOfUpload.put(id, rs.getLong("candidate_id"));
                    sources.put(id, new Evidence.Source(id, rs.getString("file_name"), rs.getString("format"),
                            rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("label"),
                            rs.getBoolean("baseline")));
                });
        List<Evidence.CandidateEvidence> result = new ArrayList<>();
        for (Candidate c : candidates) {
            List<Evidence.RunItem> runs = new ArrayList<>();
            List<Evidence.GcItem> gc = new ArrayList<>();
            List<Evidence.ChaosItem> chaos = new ArrayList<>();
            for (Map.Entry<Long, Evidence.Source> upload : sources.entrySet()) {
                if (candidateOfUpload.get(upload.getKey()) != c.id()) continue;
                long uploadId = upload.getKey();
                for (StoredRun run : runs(uploadId)) runs.add(new Evidence.RunItem(upload.getValue(), run.id(), run.data()));
                gc.addAll(jdbc.sql("select id, label, settings_json, cycles_json from gc_trace where upload_id = ? order by ordinal")
                        .param(uploadId).query((rs, n) -> new Evidence.GcItem(upload.getValue(), rs.getLong("id"),
                                new GcTraceData(rs.getString("label"), Json.read(rs.getString("cycles_json"), CYCLES),
                                        Json.read(rs.getString("settings_json"), STRING_MAP)))).list());
                chaos.addAll(jdbc.sql("select * from chaos_experiment where upload_id = ? order by ordinal")
                        .param(uploadId).query((rs, n) -> new Evidence.ChaosItem(upload.getValue(), rs.getLong("id"),
                                chaosData(rs))).list());
            }
            result.add(new Evidence.CandidateEvidence(c.id(), c.name(), c.framework(), runs, gc, chaos));
        }
        return new Evidence(evaluationId, result);
    }

    private static ChaosData chaosData(ResultSet rs) throws SQLException {
        return new ChaosData(rs.getString("experiment"), instant(rs.getTimestamp("window_start")),
                instant(rs.getTimestamp("window_end")), Json.read(rs.getString("events_json"), EVENTS),
                Json.read(rs.getString("outages_json"), OUTAGES), Json.read(rs.getString("reported_json"), REPORTED),
                Json.read(rs.getString("litmus_json"), LITMUS));
    }

    // ---- the stored rows as they are, for backups (callers hold one read-only transaction) ----

    /** Oldest first, the order the evidence is read in for reports. */
    public List<Long> uploadIds(long evaluationId) {
        return jdbc.sql("select id from upload where evaluation_id = ? order by uploaded_at, id").param(evaluationId)
                .query(Long.class).list();
    }

    public EvidenceRows.NamedUpload uploadRow(long uploadId) {
        return jdbc.sql("select u.*, c.name as candidate_name from upload u join candidate c on c.id = u.candidate_id"
                        + " where u.id = ?").param(uploadId)
                .query((rs, n) -> new EvidenceRows.NamedUpload(rs.getString("candidate_name"),
                        new EvidenceRows.Upload(rs.getString("file_name"), rs.getLong("size_bytes"),
                                rs.getString("sha256"), rs.getBoolean("gzip"), DataKind.valueOf(rs.getString("kind")),
                                rs.getString("format"), rs.getBoolean("format_detected"),
                                rs.getString("importer_version"), rs.getString("label"), rs.getBoolean("baseline"),
                                instant(rs.getTimestamp("uploaded_at")), rs.getLong("accepted"), rs.getLong("rejected"),
                                rs.getLong("skipped_lines"), rs.getLong("problem_count"), rs.getString("settings_json"),
                                rs.getString("warnings_json"), rs.getString("problems_json"),
                                rs.getString("mapping_json"))))
                .single();
    }

    /** An upload's runs one at a time, so they are never all held at once. */
    @MeasuredData
    public void runRows(long uploadId, Consumer<? super EvidenceRows.Run> each) {
        jdbc.sql("select * from run where upload_id = ? order by ordinal, id").param(uploadId).query((ResultSet rs) ->
                each.accept(new EvidenceRows.Run(rs.getInt("ordinal"), rs.getString("label"),
                        rs.getObject("requests", Long.class), rs.getObject("errors", Long.class),
                        number(rs, "duration_s"), number(rs, "throughput_rps"), number(rs, "concurrency"),
                        number(rs, "mean_ms"), number(rs, "min_ms"), number(rs, "max_ms"), number(rs, "stdev_ms"),
                        LatencyOrigin.valueOf(rs.getString("latency_origin")), rs.getBoolean("coordinated_omission"),
                        rs.getBytes("histogram"), rs.getString("settings_json"), rs.getString("percentiles_json"),
                        rs.getString("status_codes_json"), rs.getString("metrics_json"), rs.getString("per_second_json"))));
    }

    @MeasuredData
    public void gcTraceRows(long uploadId, Consumer<? super EvidenceRows.GcTrace> each) {
        jdbc.sql("select * from gc_trace where upload_id = ? order by ordinal, id").param(uploadId).query((ResultSet rs) ->
                each.accept(new EvidenceRows.GcTrace(rs.getInt("ordinal"), rs.getString("label"),
                        rs.getString("settings_json"), rs.getString("cycles_json"))));
    }

    @MeasuredData
    public void chaosExperimentRows(long uploadId, Consumer<? super EvidenceRows.ChaosExperiment> each) {
        jdbc.sql("select * from chaos_experiment where upload_id = ? order by ordinal, id").param(uploadId)
                .query((ResultSet rs) -> each.accept(new EvidenceRows.ChaosExperiment(rs.getInt("ordinal"),
                        rs.getString("experiment"), instant(rs.getTimestamp("window_start")),
                        instant(rs.getTimestamp("window_end")), rs.getString("events_json"), rs.getString("outages_json"),
                        rs.getString("reported_json"), rs.getString("litmus_json"))));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Double.class);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
