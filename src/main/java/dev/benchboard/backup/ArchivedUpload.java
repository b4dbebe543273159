package dev.benchboard.backup;

import dev.benchboard.evidence.DataKind;
import dev.benchboard.evidence.LatencyOrigin;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * The records of one uploads/NNNNN.json entry: the upload with its provenance, then the evidence parsed
 * from it. JSON columns travel as JSON (not as strings), so the archive can be read without Benchboard.
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
        JsonNode problems) {

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
