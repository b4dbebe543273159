package dev.benchboard.ingest;

import dev.benchboard.common.Json;
import dev.benchboard.evidence.ChaosData;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.evidence.GcTraceData;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.Percentile;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.SecondBucket;
import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.HdrHistogram.Histogram;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Upload rows and the data parsed from them, over plain JDBC: uploads are immutable, so there is no
 * entity life cycle to manage. Callers hold the transaction.
 */
@Repository
class UploadStore {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};
    private static final TypeReference<List<Percentile>> PERCENTILES = new TypeReference<>() {};
    private static final TypeReference<Map<Integer, Long>> STATUS_CODES = new TypeReference<>() {};
    private static final TypeReference<Map<String, Double>> DOUBLE_MAP = new TypeReference<>() {};
    private static final TypeReference<List<SecondBucket>> SECONDS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    UploadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long evaluationId, long candidateId, UploadRequest request, ParsedFile file, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into upload (evaluation_id, candidate_id, file_name, size_bytes, sha256, gzip, kind, format,
                    format_detected, importer_version, label, baseline, uploaded_at, accepted, rejected, skipped_lines,
                    problem_count, settings_json, warnings_json, problems_json)
                values (:evaluation, :candidate, :fileName, :size, :sha, :gzip, :kind, :format, :detected, :version,
                    :label, :baseline, :at, :accepted, :rejected, :skipped, :problemCount, :settings, :warnings, :problems)
                """)
                .param("evaluation", evaluationId).param("candidate", candidateId)
                .param("fileName", truncate(request.fileName(), 500)).param("size", file.sizeBytes())
                .param("sha", file.sha256()).param("gzip", file.gzip()).param("kind", file.kind().name())
                .param("format", file.importer().format()).param("detected", file.formatDetected())
                .param("version", file.importer().version()).param("label", truncate(request.label(), 200))
                .param("baseline", request.baseline()).param("at", Timestamp.from(now))
                .param("accepted", file.context().accepted()).param("rejected", file.context().rejected())
                .param("skipped", file.context().skippedLines()).param("problemCount", file.context().problemCount())
                .param("settings", Json.write(file.context().settings()))
                .param("warnings", Json.write(file.context().warnings()))
                .param("problems", Json.write(UploadError.messages(file.context().problems())))
                .update(key, "id");
        long uploadId = key.getKey().longValue();
        int ordinal = 0;
        for (RunData run : file.result().runs()) insertRun(uploadId, ordinal++, run);
        ordinal = 0;
        for (GcTraceData trace : file.result().gcTraces()) {
            jdbc.sql("insert into gc_trace (upload_id, ordinal, label, settings_json, cycles_json) values (?, ?, ?, ?, ?)")
                    .params(uploadId, ordinal++, truncate(trace.label(), 300), Json.write(trace.settings()),
                            Json.write(trace.cycles()))
                    .update();
        }
        ordinal = 0;
        for (ChaosData chaos : file.result().chaos()) {
            jdbc.sql("""
                    insert into chaos_experiment (upload_id, ordinal, experiment, window_start, window_end,
                        events_json, outages_json, reported_json, litmus_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(uploadId, ordinal++, truncate(chaos.experiment(), 300), timestamp(chaos.windowStart()),
                            timestamp(chaos.windowEnd()), Json.write(chaos.events()), Json.write(chaos.outages()),
                            Json.write(chaos.reported()), Json.write(chaos.litmus()))
                    .update();
        }
        return uploadId;
    }

    private void insertRun(long uploadId, int ordinal, RunData run) {
        jdbc.sql("""
                insert into run (upload_id, ordinal, label, requests, errors, duration_s, throughput_rps, concurrency,
                    mean_ms, min_ms, max_ms, stdev_ms, latency_origin, coordinated_omission, histogram, settings_json,
                    percentiles_json, status_codes_json, metrics_json, per_second_json)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(uploadId, ordinal, truncate(run.label(), 300), run.requests(), run.errors(),
                        run.durationSeconds(), run.throughputRps(), run.concurrency(), run.meanMs(), run.minMs(),
                        run.maxMs(), run.stdevMs(), run.latencyOrigin().name(), run.coordinatedOmission(),
                        encode(run.histogram()), Json.write(run.settings()), Json.write(run.percentiles()),
                        Json.write(run.statusCodes()), Json.write(run.metrics()),
                        run.perSecond().isEmpty() ? null : Json.write(run.perSecond()))
                .update();
    }

    Optional<Long> findBySha(long evaluationId, String sha256) {
        return jdbc.sql("select id from upload where evaluation_id = ? and sha256 = ?")
                .params(evaluationId, sha256).query(Long.class).optional();
    }

    Optional<Long> evaluationOf(long uploadId) {
        return jdbc.sql("select evaluation_id from upload where id = ?").param(uploadId).query(Long.class).optional();
    }

    void delete(long uploadId) {
        jdbc.sql("delete from upload where id = ?").param(uploadId).update();
    }

    // Read-only transactions: the row mapper runs nested queries, which must share the outer query's
    // connection (outside a transaction each would take its own, and concurrent readers drain the pool).
    @Transactional(readOnly = true)
    List<UploadView> list(long evaluationId) {
        return jdbc.sql(UPLOAD_SELECT + " where u.evaluation_id = ? order by u.uploaded_at desc, u.id desc")
                .param(evaluationId).query(this::upload).list();
    }

    @Transactional(readOnly = true)
    Optional<UploadView> get(long uploadId) {
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
        List<RunSummary> runs = runSummaries(id);
        int[] gc = gcCounts(id);
        return new UploadView(id, rs.getLong("evaluation_id"), rs.getLong("candidate_id"), rs.getString("candidate_name"),
                rs.getString("file_name"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getBoolean("gzip"),
                DataKind.valueOf(rs.getString("kind")), rs.getString("format"), rs.getBoolean("format_detected"),
                rs.getString("importer_version"), rs.getString("label"), rs.getBoolean("baseline"),
                rs.getTimestamp("uploaded_at").toInstant(), rs.getLong("accepted"), rs.getLong("rejected"),
                rs.getLong("skipped_lines"), rs.getLong("problem_count"),
                Json.read(rs.getString("settings_json"), STRING_MAP), Json.read(rs.getString("warnings_json"), STRING_LIST),
                Json.read(rs.getString("problems_json"), STRING_LIST), runs, gc[0], gc[1], rs.getInt("chaos_count"),
                outageCount(id));
    }

    private List<RunSummary> runSummaries(long uploadId) {
        List<RunSummary> summaries = new ArrayList<>();
        List<StoredRun> runs = runs(uploadId);
        for (StoredRun run : runs) summaries.add(RunSummaries.of(run.id(), run.ordinal(), run.data()));
        return summaries;
    }

    /** A run as stored, rehydrated with its histogram. */
    record StoredRun(long id, long uploadId, int ordinal, RunData data) {}

    List<StoredRun> runs(long uploadId) {
        return jdbc.sql("select * from run where upload_id = ? order by ordinal").param(uploadId)
                .query((rs, n) -> storedRun(rs)).list();
    }

    private static StoredRun storedRun(ResultSet rs) throws SQLException {
        RunData data = new RunData(rs.getString("label"), Json.read(rs.getString("settings_json"), STRING_MAP),
                rs.getObject("requests", Long.class), rs.getObject("errors", Long.class),
                rs.getObject("duration_s", Double.class), rs.getObject("throughput_rps", Double.class),
                rs.getObject("concurrency", Double.class), rs.getObject("mean_ms", Double.class),
                rs.getObject("min_ms", Double.class), rs.getObject("max_ms", Double.class),
                rs.getObject("stdev_ms", Double.class), decode(rs.getBytes("histogram")),
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

    static byte[] encode(Histogram histogram) {
        if (histogram == null) return null;
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        return bytes;
    }

    static Histogram decode(byte[] bytes) {
        if (bytes == null) return null;
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
        } catch (java.util.zip.DataFormatException e) {
            throw new IllegalStateException("a stored histogram is corrupt", e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

}
