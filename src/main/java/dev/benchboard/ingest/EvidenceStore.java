package dev.benchboard.ingest;

import dev.benchboard.evidence.Evidence;
import dev.benchboard.common.Json;
import dev.benchboard.evidence.ChaosData;
import dev.benchboard.evidence.ChaosEvent;
import dev.benchboard.evidence.GcCycle;
import dev.benchboard.evidence.GcTraceData;
import dev.benchboard.evidence.LitmusResult;
import dev.benchboard.evidence.Outage;
import dev.benchboard.evidence.ReportedReliability;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/** Loads an evaluation's stored data, grouped by candidate, with provenance. */
@Repository
public class EvidenceStore {

    private static final TypeReference<List<GcCycle>> CYCLES = new TypeReference<>() {};
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};
    private static final TypeReference<List<ChaosEvent>> EVENTS = new TypeReference<>() {};
    private static final TypeReference<List<Outage>> OUTAGES = new TypeReference<>() {};
    private static final TypeReference<List<ReportedReliability>> REPORTED = new TypeReference<>() {};
    private static final TypeReference<List<LitmusResult>> LITMUS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final UploadStore uploads;

    EvidenceStore(JdbcClient jdbc, UploadStore uploads) {
        this.jdbc = jdbc;
        this.uploads = uploads;
    }

    private record Candidate(long id, String name, String framework) {}

    @Transactional(readOnly = true)
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
                for (UploadStore.StoredRun run : uploads.runs(uploadId)) {
                    runs.add(new Evidence.RunItem(upload.getValue(), run.id(), run.data()));
                }
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

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
