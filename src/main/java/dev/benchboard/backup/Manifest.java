package dev.benchboard.backup;

import java.time.Instant;
import java.util.List;

/**
 * manifest.json: what the archive is, where it came from, what it holds, and the size and SHA-256 of
 * every other entry, so that a damaged or altered archive is refused before anything is stored.
 */
record Manifest(
        String format,
        int formatVersion,
        String appVersion,
        Instant createdAt,
        Source source,
        Counts counts,
        List<String> notIncluded,
        List<Entry> entries) {

    /** The evaluation the backup was taken from. */
    record Source(long evaluationId, String name) {
    }

    record Entry(String name, long bytes, String sha256) {
    }

    /** How many rows of each kind the archive holds; a restore must store exactly these. */
    record Counts(int candidates, int quotedFigures, int decisionSettings, int uploads, int runs, int gcTraces,
                  int chaosExperiments) {
    }
}
