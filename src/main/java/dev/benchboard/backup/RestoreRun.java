package dev.benchboard.backup;

import static dev.benchboard.backup.ArchiveChecks.follows;
import static dev.benchboard.backup.ArchiveChecks.histogram;
import static dev.benchboard.backup.ArchiveChecks.json;
import static dev.benchboard.backup.ArchiveChecks.required;
import static dev.benchboard.backup.ArchiveChecks.text;
import static dev.benchboard.backup.BackupFormat.MAPPER;

import dev.benchboard.evaluation.EvaluationDraft;
import dev.benchboard.evaluation.TextLimits;
import dev.benchboard.evidence.ChaosData;
import dev.benchboard.evidence.EvidenceRules;
import dev.benchboard.evidence.GcCycle;
import dev.benchboard.evidence.GcTraceData;
import dev.benchboard.evidence.RunData;
import dev.benchboard.ingest.mapping.ColumnMapping;
import dev.benchboard.tracking.MetricRule;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * One restore: reads the verified archive's entries in manifest order and inserts their rows, each
 * checked first. Runs inside the restore's transaction: the first refusal undoes everything. Upload
 * entries are read as a stream, one evidence row at a time.
 */
final class RestoreRun {

    private static final List<String> UPLOAD_FIELDS = List.of("upload", "runs", "gcTraces", "chaosExperiments");

    private final VerifiedArchive archive;
    private final RestoreInserts inserts;
    private final Instant now;
    private final Tally tally = new Tally();
    private final Map<String, Long> candidateIds = new HashMap<>();
    private final Map<String, String> uploadEntryBySha = new HashMap<>();

    RestoreRun(VerifiedArchive archive, RestoreInserts inserts, Instant now) {
        this.archive = archive;
        this.inserts = inserts;
        this.now = now;
    }

    RestoreResult run() throws IOException {
        ArchivedEvaluation evaluation = readEvaluation();
        long evaluationId = insert(evaluation);
        for (Manifest.Entry entry : archive.manifest.entries()) {
            if (BackupFormat.UPLOAD_ENTRY.matcher(entry.name()).matches()) restoreUpload(entry.name(), evaluationId);
        }
        Manifest.Counts listed = archive.manifest.counts();
        String differences = listed.differences(tally.counts());
        if (!differences.isEmpty()) {
            throw BackupRefused.invalid(Where.entry(BackupFormat.MANIFEST).field("counts"),
                    "do not match the entries (" + differences + ")");
        }
        Manifest.Source source = archive.manifest.source();
        return new RestoreResult(evaluationId, evaluation.name(), source.evaluationId(), source.name(),
                archive.manifest.createdAt(), tally.candidates, tally.quotedFigures, tally.uploads, tally.runs,
                tally.gcTraces, tally.chaosExperiments, tally.gateMetrics, tally.acknowledgements, tally.columnMappings);
    }

    private ArchivedEvaluation readEvaluation() throws IOException {
        Where where = Where.entry(BackupFormat.EVALUATION);
        try (InputStream in = archive.open(BackupFormat.EVALUATION)) {
            JsonNode tree = BackupFormat.withAbsentAsNull(BackupFormat.DOCUMENT.readTree(in), ArchivedEvaluation.ADDED_LATER);
            return required(where, MAPPER.treeToValue(tree, ArchivedEvaluation.class));
        } catch (JacksonException e) {
            throw where.invalidJson(e);
        }
    }

    private long insert(ArchivedEvaluation e) {
        Where where = Where.entry(BackupFormat.EVALUATION);
        text(where.field("name"), e.name(), 200, true);
        text(where.field("description"), e.description(), 4000, false);
        required(where.field("createdAt"), e.createdAt());
        try {
            // The rules every stored evaluation passed (name, requirements).
            new EvaluationDraft(e.name(), e.description(), required(where.field("requirements"), e.requirements()),
                    required(where.field("weights"), e.weights()), required(where.field("statistics"), e.statistics()));
        } catch (IllegalArgumentException invalid) {
            throw BackupRefused.invalid(where, invalid.getMessage());
        }
        long evaluationId = inserts.evaluation(e, now);
        List<ArchivedEvaluation.Candidate> candidates = required(where.field("candidates"), e.candidates());
        for (int i = 0; i < candidates.size(); i++) {
            Where at = where.field("candidates").index(i);
            ArchivedEvaluation.Candidate c = required(at, candidates.get(i));
            text(at.field("name"), c.name(), 100, true);
            // null: no profile (blank, from backups made before profiles were optional, means the same)
            text(at.field("framework"), c.framework(), TextLimits.CANDIDATE_FRAMEWORK, false);
            text(at.field("version"), c.version(), 50, false);
            text(at.field("goVersion"), c.goVersion(), 50, false);
            text(at.field("notes"), c.notes(), 2000, false);
            required(at.field("createdAt"), c.createdAt());
            boolean taken = candidateIds.keySet().stream().anyMatch(name -> name.equalsIgnoreCase(c.name()));
            if (taken) throw BackupRefused.invalid(at.field("name"), "a second candidate named '" + c.name() + "'");
            candidateIds.put(c.name(), inserts.candidate(evaluationId, c));
        }
        List<ArchivedEvaluation.QuotedFigure> quoted = required(where.field("quotedFigures"), e.quotedFigures());
        for (int i = 0; i < quoted.size(); i++) {
            Where at = where.field("quotedFigures").index(i);
            ArchivedEvaluation.QuotedFigure q = required(at, quoted.get(i));
            text(at.field("metric"), q.metric(), 100, true);
            text(at.field("scope"), q.scope(), 200, false);
            text(at.field("unit"), q.unit(), 30, true);
            text(at.field("source"), q.source(), 500, true);
            inserts.quotedFigure(evaluationId, q.candidate() == null ? null : candidate(at.field("candidate"), q.candidate()), q);
        }
        if (e.decisionSettings() != null) {
            Where at = where.field("decisionSettings");
            required(at.field("updatedAt"), e.decisionSettings().updatedAt());
            json(at.field("parameters"), e.decisionSettings().parameters(), ArchiveChecks.DOUBLE_MAP, false);
            inserts.decisionSettings(evaluationId, e.decisionSettings());
        }
        gateMetrics(where.field("gateMetrics"), evaluationId, e.gateMetrics());
        acknowledgements(where.field("acknowledgements"), evaluationId, e.acknowledgements());
        columnMappings(where.field("columnMappings"), evaluationId, e.columnMappings());
        tally.evaluation(e);
        return evaluationId;
    }

    /** The rules {@link MetricRule} and the gate's own editor apply: metric 1–100 characters, once each, 0–1000 %. */
    private void gateMetrics(Where where, long evaluationId, List<ArchivedEvaluation.GateMetric> rules) {
        Set<String> metrics = new HashSet<>();
        for (int i = 0; i < (rules == null ? 0 : rules.size()); i++) {
            Where at = where.index(i);
            ArchivedEvaluation.GateMetric g = required(at, rules.get(i));
            MetricRule rule;
            try {
                rule = new MetricRule(g.metric(), g.gates(), g.thresholdPercent());
            } catch (IllegalArgumentException invalid) {
                throw BackupRefused.invalid(at, invalid.getMessage());
            }
            if (!metrics.add(rule.metric().toLowerCase(Locale.ROOT))) {
                throw BackupRefused.invalid(at.field("metric"), "metric " + rule.metric() + " is listed twice");
            }
            inserts.gateMetric(evaluationId, new ArchivedEvaluation.GateMetric(rule.metric(), rule.gates(),
                    rule.thresholdPercent()));
        }
    }

    /** As {@code Acknowledgements.create} checks them: the pair names candidates of this evaluation. */
    private void acknowledgements(Where where, long evaluationId, List<ArchivedEvaluation.Acknowledgement> all) {
        for (int i = 0; i < (all == null ? 0 : all.size()); i++) {
            Where at = where.index(i);
            ArchivedEvaluation.Acknowledgement a = required(at, all.get(i));
            text(at.field("baseline"), a.baseline(), 100, true);
            text(at.field("candidate"), a.candidate(), 100, true);
            candidateIgnoringCase(at.field("baseline"), a.baseline());
            candidateIgnoringCase(at.field("candidate"), a.candidate());
            text(at.field("benchmark"), a.benchmark(), 300, true);
            text(at.field("metric"), a.metric(), 100, true);
            text(at.field("note"), a.note(), 2000, true);
            text(at.field("createdBy"), a.createdBy(), 100, true);
            required(at.field("createdAt"), a.createdAt());
            inserts.acknowledgement(evaluationId, a);
        }
    }

    /** Each read by the upload API's own mapping parser; names are unique within an evaluation. */
    private void columnMappings(Where where, long evaluationId, List<ArchivedEvaluation.ColumnMapping> all) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < (all == null ? 0 : all.size()); i++) {
            Where at = where.index(i);
            ArchivedEvaluation.ColumnMapping m = required(at, all.get(i));
            text(at.field("name"), m.name(), ColumnMapping.MAX_NAME, true);
            text(at.field("headerKey"), m.headerKey(), Integer.MAX_VALUE, true);
            required(at.field("savedAt"), m.savedAt());
            ColumnMapping mapping = ArchiveChecks.mapping(at.field("mapping"), m.mapping(), true);
            if (!m.name().equals(mapping.name())) {
                throw BackupRefused.invalid(at.field("mapping").field("name"), "expected '" + m.name()
                        + "' (the saved mapping's name), found " + (mapping.name() == null ? "none" : "'" + mapping.name() + "'"));
            }
            if (!names.add(m.name())) throw BackupRefused.invalid(at.field("name"), "a second mapping named '" + m.name() + "'");
            inserts.columnMapping(evaluationId, mapping, m.headerKey(), m.savedAt());
        }
    }

    private void candidateIgnoringCase(Where where, String name) {
        if (candidateIds.keySet().stream().noneMatch(c -> c.equalsIgnoreCase(name))) {
            throw BackupRefused.invalid(where, "names candidate '" + name + "', which is not among the candidates of "
                    + BackupFormat.EVALUATION);
        }
    }

    private long candidate(Where where, String name) {
        Long id = candidateIds.get(name);
        if (id == null) {
            throw BackupRefused.invalid(where, "names candidate '" + name + "', which is not among the candidates of "
                    + BackupFormat.EVALUATION);
        }
        return id;
    }

    /** {"upload": …, "runs": […], "gcTraces": […], "chaosExperiments": […]}, the upload first. */
    private void restoreUpload(String entry, long evaluationId) throws IOException {
        Where where = Where.entry(entry);
        try (InputStream in = archive.open(entry); JsonParser json = MAPPER.createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) throw BackupRefused.invalid(where, "expected a JSON object");
            Long uploadId = null;
            Set<String> seen = new HashSet<>();
            for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
                if (token != JsonToken.PROPERTY_NAME) throw BackupRefused.invalid(where, "expected a field, found " + token);
                String field = json.currentName();
                Where at = where.field(field);
                if (!UPLOAD_FIELDS.contains(field)) {
                    throw BackupRefused.invalid(at, "unknown field (expected " + String.join(", ", UPLOAD_FIELDS) + ")");
                }
                if (!seen.add(field)) throw BackupRefused.invalid(at, "appears twice");
                json.nextToken();
                if (field.equals("upload")) {
                    uploadId = upload(at, evaluationId, readUpload(json, at));
                    continue;
                }
                if (uploadId == null) throw BackupRefused.invalid(at, "comes before \"upload\", which must be first");
                long id = uploadId;
                switch (field) {
                    case "runs" -> each(json, at, item -> run(item, id, readValue(json, item, ArchivedUpload.Run.class)));
                    case "gcTraces" -> each(json, at, item -> gcTrace(item, id, readValue(json, item, ArchivedUpload.GcTrace.class)));
                    default -> each(json, at, item -> chaos(item, id, readValue(json, item, ArchivedUpload.ChaosExperiment.class)));
                }
            }
            if (seen.size() < UPLOAD_FIELDS.size()) {
                throw BackupRefused.invalid(where, "missing " + UPLOAD_FIELDS.stream().filter(f -> !seen.contains(f)).toList());
            }
            if (json.nextToken() != null) throw BackupRefused.invalid(where, "more JSON after the upload's object");
        } catch (JacksonException e) {
            throw where.invalidJson(e);
        }
    }

    private static <T> T readValue(JsonParser json, Where where, Class<T> type) {
        try {
            return required(where, MAPPER.readValue(json, type));
        } catch (JacksonException e) {
            throw where.invalidJson(e);
        }
    }

    /** The upload's object (small: its evidence follows it), read with the fields added later optional. */
    private static ArchivedUpload readUpload(JsonParser json, Where where) {
        try {
            JsonNode tree = BackupFormat.withAbsentAsNull(MAPPER.readTree(json), ArchivedUpload.ADDED_LATER);
            return required(where, MAPPER.treeToValue(tree, ArchivedUpload.class));
        } catch (JacksonException e) {
            throw where.invalidJson(e);
        }
    }

    private interface Item {
        void read(Where where);
    }

    private static void each(JsonParser json, Where where, Item item) {
        if (json.currentToken() != JsonToken.START_ARRAY) throw BackupRefused.invalid(where, "expected a JSON array");
        int index = 0;
        for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
            if (token == null) throw BackupRefused.invalid(where, "the array is not closed");
            item.read(where.index(index++));
        }
    }

    private long upload(Where where, long evaluationId, ArchivedUpload u) {
        long candidateId = candidate(where.field("candidate"), required(where.field("candidate"), u.candidate()));
        text(where.field("fileName"), u.fileName(), 500, true);
        ArchiveChecks.sha256(where.field("sha256"), u.sha256());
        String twin = uploadEntryBySha.putIfAbsent(u.sha256(), where.entry());
        if (twin != null) throw BackupRefused.invalid(where.field("sha256"), "the same file as " + twin);
        required(where.field("kind"), u.kind());
        text(where.field("format"), u.format(), 50, true);
        text(where.field("importerVersion"), u.importerVersion(), 20, true);
        text(where.field("label"), u.label(), 200, false);
        required(where.field("uploadedAt"), u.uploadedAt());
        json(where.field("settings"), u.settings(), ArchiveChecks.STRING_MAP, false);
        json(where.field("warnings"), u.warnings(), ArchiveChecks.STORED_SENTENCES, false);
        json(where.field("problems"), u.problems(), ArchiveChecks.STORED_SENTENCES, false);
        ArchiveChecks.mapping(where.field("mapping"), u.mapping(), false);
        follows(where, EvidenceRules.upload(u.sizeBytes(), u.accepted(), u.rejected(), u.skippedLines(), u.problemCount()));
        tally.uploads++;
        return inserts.upload(evaluationId, candidateId, u);
    }

    private void run(Where where, long uploadId, ArchivedUpload.Run run) {
        text(where.field("label"), run.label(), 300, false);
        RunData data = new RunData(run.label(),
                json(where.field("settings"), run.settings(), ArchiveChecks.STRING_MAP, false),
                run.requests(), run.errors(), run.durationSeconds(), run.throughputRps(), run.concurrency(),
                run.meanMs(), run.minMs(), run.maxMs(), run.stdevMs(),
                histogram(where.field("histogram"), run.histogram()),
                json(where.field("percentiles"), run.percentiles(), ArchiveChecks.PERCENTILES, false),
                required(where.field("latencyOrigin"), run.latencyOrigin()), run.coordinatedOmission(),
                json(where.field("statusCodes"), run.statusCodes(), ArchiveChecks.STATUS_CODES, false),
                json(where.field("metrics"), run.metrics(), ArchiveChecks.DOUBLE_MAP, false),
                json(where.field("perSecond"), run.perSecond(), ArchiveChecks.SECONDS, false));
        follows(where, EvidenceRules.run(data));
        inserts.run(uploadId, run);
        tally.runs++;
    }

    private void gcTrace(Where where, long uploadId, ArchivedUpload.GcTrace trace) {
        text(where.field("label"), trace.label(), 300, false);
        json(where.field("settings"), trace.settings(), ArchiveChecks.STRING_MAP, false);
        List<GcCycle> cycles = json(where.field("cycles"), trace.cycles(), ArchiveChecks.CYCLES, true);
        follows(where, EvidenceRules.gcTrace(new GcTraceData(trace.label(), cycles, Map.of())));
        inserts.gcTrace(uploadId, trace);
        tally.gcTraces++;
    }

    private void chaos(Where where, long uploadId, ArchivedUpload.ChaosExperiment chaos) {
        text(where.field("experiment"), chaos.experiment(), 300, false);
        ChaosData data = new ChaosData(chaos.experiment(), chaos.windowStart(), chaos.windowEnd(),
                json(where.field("events"), chaos.events(), ArchiveChecks.EVENTS, false),
                json(where.field("outages"), chaos.outages(), ArchiveChecks.OUTAGES, false),
                json(where.field("reported"), chaos.reported(), ArchiveChecks.REPORTED, false),
                json(where.field("litmus"), chaos.litmus(), ArchiveChecks.LITMUS, false));
        follows(where, EvidenceRules.chaos(data));
        inserts.chaosExperiment(uploadId, chaos);
        tally.chaosExperiments++;
    }
}
