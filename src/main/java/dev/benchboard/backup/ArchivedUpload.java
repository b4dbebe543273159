package dev.benchboard.backup;

import dev.benchboard.ingest.model.DataKind;
import dev.benchboard.ingest.model.LatencyOrigin;
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

    /** A run; {@code histogram} is HdrHistogram's compressed encoding (base64 in the JSON). */
    record Run(int ordinal, String label, Long requests, Long errors, Double durationSeconds, Double throughputRps,
               Double concurrency, Double meanMs, Double minMs, Double maxMs, Double stdevMs,
               LatencyOrigin latencyOrigin, boolean coordinatedOmission, byte[] histogram, JsonNode settings,
               JsonNode percentiles, JsonNode statusCodes, JsonNode metrics, JsonNode perSecond) {
    }

    record GcTrace(int ordinal, String label, JsonNode settings, JsonNode cycles) {
    }

    record ChaosExperiment(int ordinal, String experiment, Instant windowStart, Instant windowEnd, JsonNode events,
                           JsonNode outages, JsonNode reported, JsonNode litmus) {
    }
}
