package dev.benchboard.ingest;

import dev.benchboard.evidence.DataKind;
import java.util.Map;

/**
 * One file to ingest and what the user said about it.
 *
 * @param kind          expected kind, or null to accept what the format implies
 * @param format        format id chosen by the user, or null to detect it from the content
 * @param dryRun        parse and report, store nothing (the preview)
 * @param keepValidRows store the valid records of a file with rejected rows (otherwise it is refused)
 * @param hints         values for the importer from the form, e.g. windowStart/windowEnd, gogc, unit
 * @param framework     the profile of a candidate this upload creates (a key or "none"); null: matched from its name
 * @param mapping       a column mapping: the name of one saved in the evaluation, or inline JSON (saved when it
 *                      has a name); null: the format is detected, falling back to a mapping saved for the header
 */
public record UploadRequest(
        long evaluationId,
        String candidate,
        String fileName,
        DataKind kind,
        String format,
        String label,
        boolean baseline,
        boolean dryRun,
        boolean keepValidRows,
        Map<String, String> hints,
        String framework,
        String mapping) {

    public UploadRequest {
        hints = hints == null ? Map.of() : Map.copyOf(hints);
        if (fileName == null || fileName.isBlank()) fileName = "upload";
        if (framework != null && framework.isBlank()) framework = null;
        if (mapping != null && mapping.isBlank()) mapping = null;
    }

    /** A request without a column mapping. */
    public UploadRequest(long evaluationId, String candidate, String fileName, DataKind kind, String format, String label,
                         boolean baseline, boolean dryRun, boolean keepValidRows, Map<String, String> hints, String framework) {
        this(evaluationId, candidate, fileName, kind, format, label, baseline, dryRun, keepValidRows, hints, framework, null);
    }

    /** A request whose new candidate's profile is matched from its name. */
    public UploadRequest(long evaluationId, String candidate, String fileName, DataKind kind, String format, String label,
                         boolean baseline, boolean dryRun, boolean keepValidRows, Map<String, String> hints) {
        this(evaluationId, candidate, fileName, kind, format, label, baseline, dryRun, keepValidRows, hints, null, null);
    }
}
