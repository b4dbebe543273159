package dev.benchboard.evidence;

import dev.benchboard.format.Sentence;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored upload with its provenance and what it produced; mapping is the column mapping's JSON the
 * file was read by (null for catalogue formats). Warnings and errors are sentences: English in the API, the reader's
 * language in the workspace.
 */
public record UploadView(
        long id,
        long evaluationId,
        long candidateId,
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
        Map<String, String> settings,
        List<Sentence> warnings,
        List<Sentence> errors,
        List<RunSummary> runs,
        int gcTraces,
        int gcCycles,
        int chaosExperiments,
        int outages,
        String mapping) {
}
