package dev.benchboard.backup;

/** Rows counted while an archive is written or restored, compared with the manifest's counts. */
final class Tally {

    int candidates;
    int quotedFigures;
    int decisionSettings;
    int uploads;
    int runs;
    int gcTraces;
    int chaosExperiments;
    int gateMetrics;
    int acknowledgements;
    int columnMappings;

    void evaluation(ArchivedEvaluation evaluation) {
        candidates += evaluation.candidates().size();
        quotedFigures += evaluation.quotedFigures().size();
        decisionSettings += evaluation.decisionSettings() == null ? 0 : 1;
        gateMetrics += size(evaluation.gateMetrics());
        acknowledgements += size(evaluation.acknowledgements());
        columnMappings += size(evaluation.columnMappings());
    }

    /** Lists added later are null in older archives: none. */
    private static int size(java.util.List<?> rows) {
        return rows == null ? 0 : rows.size();
    }

    Manifest.Counts counts() {
        return new Manifest.Counts(candidates, quotedFigures, decisionSettings, uploads, runs, gcTraces, chaosExperiments,
                gateMetrics, acknowledgements, columnMappings);
    }
}
