package dev.benchboard.backup;

import static dev.benchboard.backup.Columns.json;
import static dev.benchboard.backup.Columns.text;

import dev.benchboard.evidence.DataKind;
import dev.benchboard.evidence.EvidenceRows;
import dev.benchboard.evidence.LatencyOrigin;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * The records of one uploads/NNNNN.json entry: the upload with its provenance, then the evidence parsed
 * from it. JSON columns travel as JSON (not as strings), so the archive can be read without Benchboard.
 * {@code mapping}: the column mapping the file was read with (null: read by a catalogue format).
 */
record ArchivedUpload(
        String candidate,
        String fileName,
        long sizeBytes,
        String sha256,
        boolean gzip,
        DataKind kind,
        String format,
        boolean formatDetected,
        String importerVersion,
        String label,
        boolean baseline,
        Instant uploadedAt,
        long accepted,
        long rejected,
        long skippedLines,
        long problemCount,
        JsonNode settings,
        JsonNode warnings,
        JsonNode problems,
        JsonNode mapping) {

    /** Fields an archive made before they existed lacks (see {@link BackupFormat#withAbsentAsNull}). */
    static final java.util.List<String> ADDED_LATER = java.util.List.of("mapping");

    static ArchivedUpload of(EvidenceRows.NamedUpload row) {
        EvidenceRows.Upload u = row.upload();
        return new ArchivedUpload(row.candidate(), u.fileName(), u.sizeBytes(), u.sha256(), u.gzip(), u.kind(),
                u.format(), u.formatDetected(), u.importerVersion(), u.label(), u.baseline(), u.uploadedAt(),
                u.accepted(), u.rejected(), u.skippedLines(), u.problemCount(), json(u.settingsJson()),
                json(u.warningsJson()), json(u.problemsJson()), json(u.mappingJson()));
    }

    EvidenceRows.Upload row() {
        return new EvidenceRows.Upload(fileName, sizeBytes, sha256, gzip, kind, format, formatDetected,
                importerVersion, label, baseline, uploadedAt, accepted, rejected, skippedLines, problemCount,
                text(settings), text(warnings), text(problems), text(mapping));
    }

    /** A run; {@code histogram} is HdrHistogram's compressed encoding (base64 in the JSON). */
    record Run(int ordinal, String label, Long requests, Long errors, Double durationSeconds, Double throughputRps,
               Double concurrency, Double meanMs, Double minMs, Double maxMs, Double stdevMs,
               LatencyOrigin latencyOrigin, boolean coordinatedOmission, byte[] histogram, JsonNode settings,
               JsonNode percentiles, JsonNode statusCodes, JsonNode metrics, JsonNode perSecond) {

        static Run of(EvidenceRows.Run r) {
            return new Run(r.ordinal(), r.label(), r.requests(), r.errors(), r.durationSeconds(), r.throughputRps(),
                    r.concurrency(), r.meanMs(), r.minMs(), r.maxMs(), r.stdevMs(), r.latencyOrigin(),
                    r.coordinatedOmission(), r.histogram(), json(r.settingsJson()), json(r.percentilesJson()),
                    json(r.statusCodesJson()), json(r.metricsJson()), json(r.perSecondJson()));
        }

        EvidenceRows.Run row() {
            return new EvidenceRows.Run(ordinal, label, requests, errors, durationSeconds, throughputRps, concurrency,
                    meanMs, minMs, maxMs, stdevMs, latencyOrigin, coordinatedOmission, histogram, text(settings),
                    text(percentiles), text(statusCodes), text(metrics), text(perSecond));
        }
    }

    record GcTrace(int ordinal, String label, JsonNode settings, JsonNode cycles) {

        static GcTrace of(EvidenceRows.GcTrace r) {
            return new GcTrace(r.ordinal(), r.label(), json(r.settingsJson()), json(r.cyclesJson()));
        }

        EvidenceRows.GcTrace row() {
            return new EvidenceRows.GcTrace(ordinal, label, text(settings), text(cycles));
        }
    }

    record ChaosExperiment(int ordinal, String experiment, Instant windowStart, Instant windowEnd, JsonNode events,
                           JsonNode outages, JsonNode reported, JsonNode litmus) {

        static ChaosExperiment of(EvidenceRows.ChaosExperiment r) {
            return new ChaosExperiment(r.ordinal(), r.experiment(), r.windowStart(), r.windowEnd(),
                    json(r.eventsJson()), json(r.outagesJson()), json(r.reportedJson()), json(r.litmusJson()));
        }

        EvidenceRows.ChaosExperiment row() {
            return new EvidenceRows.ChaosExperiment(ordinal, experiment, windowStart, windowEnd, text(events),
                    text(outages), text(reported), text(litmus));
        }
    }
}
