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

        /** "runs: 12 listed, 11 found; …" for each count that differs. */
        String differences(Counts found) {
            int[] a = values();
            int[] b = found.values();
            String[] names = {"candidates", "quotedFigures", "decisionSettings", "uploads", "runs", "gcTraces",
                    "chaosExperiments"};
            List<String> out = new java.util.ArrayList<>();
            for (int i = 0; i < a.length; i++) {
                if (a[i] != b[i]) out.add(names[i] + ": " + a[i] + " listed, " + b[i] + " in the entries");
            }
            return String.join("; ", out);
        }

        private int[] values() {
            return new int[] {candidates, quotedFigures, decisionSettings, uploads, runs, gcTraces, chaosExperiments};
        }
    }
}
