package dev.benchboard.backup;

import java.time.Instant;

/** The evaluation a restore created, where it came from, and what was stored (rows of each kind). */
public record RestoreResult(
        long id,
        String name,
        long sourceEvaluationId,
        String sourceName,
        Instant backupCreatedAt,
        int candidates,
        int quotedFigures,
        int uploads,
        int runs,
        int gcTraces,
        int chaosExperiments,
        int gateMetrics,
        int acknowledgements,
        int columnMappings) {
}
