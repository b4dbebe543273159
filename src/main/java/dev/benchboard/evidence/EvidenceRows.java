package dev.benchboard.evidence;

import dev.benchboard.common.Json;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.HdrHistogram.Histogram;

/**
 * The columns of the four evidence tables as they are stored: JSON columns as their text, a run's histogram in
 * HdrHistogram's compressed encoding. One shape for every writer: an upload encodes its parsed records into it
 * ({@code of(…)}), a backup archives it and a restore writes it back as it was, byte for byte, through the same
 * {@link EvidenceStore} inserts.
 */
public final class EvidenceRows {

    /** The length of upload.file_name and upload.label (V2__uploads.sql). */
    public static final int MAX_FILE_NAME = 500;
    public static final int MAX_UPLOAD_LABEL = 200;

    private EvidenceRows() {
    }

    /** An upload row without its ids (evaluation and candidate are given on insert). */
    public record Upload(String fileName, long sizeBytes, String sha256, boolean gzip, DataKind kind, String format,
                         boolean formatDetected, String importerVersion, String label, boolean baseline,
                         Instant uploadedAt, long accepted, long rejected, long skippedLines, long problemCount,
                         String settingsJson, String warningsJson, String problemsJson, String mappingJson) {
    }

    /** An upload row as a backup reads it: with the name of its candidate, which the archive refers to. */
    public record NamedUpload(String candidate, Upload upload) {
    }

    public record Run(int ordinal, String label, Long requests, Long errors, Double durationSeconds,
                      Double throughputRps, Double concurrency, Double meanMs, Double minMs, Double maxMs,
                      Double stdevMs, LatencyOrigin latencyOrigin, boolean coordinatedOmission, byte[] histogram,
                      String settingsJson, String percentilesJson, String statusCodesJson, String metricsJson,
                      String perSecondJson) {

        /** A parsed run as stored: label cut to its column, no per-second JSON when there is no series. */
        public static Run of(int ordinal, RunData run) {
            return new Run(ordinal, truncate(run.label(), EvidenceRules.MAX_LABEL), run.requests(), run.errors(),
                    run.durationSeconds(), run.throughputRps(), run.concurrency(), run.meanMs(), run.minMs(),
                    run.maxMs(), run.stdevMs(), run.latencyOrigin(), run.coordinatedOmission(), encode(run.histogram()),
                    Json.write(run.settings()), Json.write(run.percentiles()), Json.write(run.statusCodes()),
                    Json.write(run.metrics()), run.perSecond().isEmpty() ? null : Json.write(run.perSecond()));
        }
    }

    public record GcTrace(int ordinal, String label, String settingsJson, String cyclesJson) {

        public static GcTrace of(int ordinal, GcTraceData trace) {
            return new GcTrace(ordinal, truncate(trace.label(), EvidenceRules.MAX_LABEL), Json.write(trace.settings()),
                    Json.write(trace.cycles()));
        }
    }

    public record ChaosExperiment(int ordinal, String experiment, Instant windowStart, Instant windowEnd,
                                  String eventsJson, String outagesJson, String reportedJson, String litmusJson) {

        public static ChaosExperiment of(int ordinal, ChaosData chaos) {
            return new ChaosExperiment(ordinal, truncate(chaos.experiment(), EvidenceRules.MAX_LABEL),
                    chaos.windowStart(), chaos.windowEnd(), Json.write(chaos.events()), Json.write(chaos.outages()),
                    Json.write(chaos.reported()), Json.write(chaos.litmus()));
        }
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

    public static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
