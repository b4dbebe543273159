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

    /**
     * How many rows of each kind the archive holds; a restore must store exactly these. The gate's rules, the
     * acknowledgements and the saved column mappings were counted later: null in an archive made before (see
     * {@link #ADDED_LATER}), and then not compared.
     */
    record Counts(int candidates, int quotedFigures, int decisionSettings, int uploads, int runs, int gcTraces,
                  int chaosExperiments, Integer gateMetrics, Integer acknowledgements, Integer columnMappings) {

        static final List<String> ADDED_LATER = List.of("gateMetrics", "acknowledgements", "columnMappings");
        private static final List<String> NAMES = List.of("candidates", "quotedFigures", "decisionSettings", "uploads",
                "runs", "gcTraces", "chaosExperiments", "gateMetrics", "acknowledgements", "columnMappings");

        /** "runs: 12 listed, 11 in the entries; …" for each count listed that differs; empty when they agree. */
        String differences(Counts found) {
            List<Integer> a = values();
            List<Integer> b = found.values();
            List<String> out = new java.util.ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) != null && !a.get(i).equals(b.get(i))) {
                    out.add(NAMES.get(i) + ": " + a.get(i) + " listed, " + b.get(i) + " in the entries");
                }
            }
            return String.join("; ", out);
        }

        private List<Integer> values() {
            return java.util.Arrays.asList(candidates, quotedFigures, decisionSettings, uploads, runs, gcTraces,
                    chaosExperiments, gateMetrics, acknowledgements, columnMappings);
        }
    }
}
