package dev.benchboard.backup;

import dev.benchboard.common.Json;
import dev.benchboard.evidence.ChaosEvent;
import dev.benchboard.evidence.EvidenceRules;
import dev.benchboard.evidence.GcCycle;
import dev.benchboard.evidence.LitmusResult;
import dev.benchboard.evidence.Outage;
import dev.benchboard.evidence.Percentile;
import dev.benchboard.evidence.ReportedReliability;
import dev.benchboard.evidence.SecondBucket;
import dev.benchboard.ingest.mapping.ColumnMapping;
import dev.benchboard.ingest.mapping.MappingProblem;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * Checks of archive values before they are stored: whatever a restore stores must read back as the app
 * reads its own rows (JSON columns as their types, histograms decodable), fit its columns and follow
 * the {@link EvidenceRules} every upload follows. The checks are no stricter than the app is when it
 * stores, so every backup the app made restores.
 */
final class ArchiveChecks {

    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};
    /** An upload's warnings and problems: stored sentences (see evidence.StoredSentences), or plain strings in older rows. */
    static final TypeReference<List<Object>> STORED_SENTENCES = new TypeReference<>() {};
    static final TypeReference<Map<String, Double>> DOUBLE_MAP = new TypeReference<>() {};
    static final TypeReference<List<Percentile>> PERCENTILES = new TypeReference<>() {};
    static final TypeReference<Map<Integer, Long>> STATUS_CODES = new TypeReference<>() {};
    static final TypeReference<List<SecondBucket>> SECONDS = new TypeReference<>() {};
    static final TypeReference<List<GcCycle>> CYCLES = new TypeReference<>() {};
    static final TypeReference<List<ChaosEvent>> EVENTS = new TypeReference<>() {};
    static final TypeReference<List<Outage>> OUTAGES = new TypeReference<>() {};
    static final TypeReference<List<ReportedReliability>> REPORTED = new TypeReference<>() {};
    static final TypeReference<List<LitmusResult>> LITMUS = new TypeReference<>() {};

    private ArchiveChecks() {
    }

    static <T> T required(Where where, T value) {
        if (value == null) throw BackupRefused.invalid(where, "missing (null), but required");
        return value;
    }

    /** A text for a varchar column of {@code max} characters. */
    static void text(Where where, String value, int max, boolean required) {
        if (required && (value == null || value.isBlank())) throw BackupRefused.invalid(where, "missing or blank, but required");
        if (value != null && value.length() > max) {
            throw BackupRefused.invalid(where, value.length() + " characters, more than the " + max + " the column holds");
        }
    }

    /** A JSON column's value must read as the type the app reads it as: that value, or null when absent. */
    static <T> T json(Where where, JsonNode value, TypeReference<T> type, boolean required) {
        if (value == null || value.isNull()) {
            if (required) throw BackupRefused.invalid(where, "missing (null), but required");
            return null;
        }
        try {
            return Json.mapper().readerFor(type).readValue(value);
        } catch (JacksonException e) {
            throw where.invalidJson(e);
        }
    }

    /** The first value that breaks the evidence rules ingest applies (the same rules), as a refusal at its field. */
    static void follows(Where where, List<EvidenceRules.Violation> violations) {
        if (violations.isEmpty()) return;
        EvidenceRules.Violation first = violations.getFirst();
        throw BackupRefused.invalid(where.field(first.field()), "expected " + first.expected() + ", found " + first.found()
                + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more values out of range)" : ""));
    }

    static void sha256(Where where, String value) {
        if (value == null || !SHA256.matcher(value).matches()) {
            throw BackupRefused.invalid(where, "expected 64 lower-case hex digits, found " + value);
        }
    }

    /** A column mapping as the upload API reads one (the same parser); null when absent. */
    static ColumnMapping mapping(Where where, JsonNode value, boolean required) {
        if (value == null || value.isNull()) {
            if (required) throw BackupRefused.invalid(where, "missing (null), but required");
            return null;
        }
        if (!value.isObject()) throw BackupRefused.invalid(where, "expected a column mapping (a JSON object), found " + value.getNodeType());
        try {
            return ColumnMapping.parse(Json.write(value));
        } catch (MappingProblem problem) {
            Where at = problem.field().equals("mapping") ? where : where.field(problem.field());
            throw BackupRefused.invalid(at, "expected " + problem.expected()
                    + (problem.found() == null ? "" : ", found " + problem.found()));
        }
    }

    /** HdrHistogram's compressed encoding, as the report decodes it; null when absent. */
    static Histogram histogram(Where where, byte[] bytes) {
        if (bytes == null) return null;
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
        } catch (java.util.zip.DataFormatException | RuntimeException e) {
            throw BackupRefused.invalid(where, "not a compressed HdrHistogram (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }
}
