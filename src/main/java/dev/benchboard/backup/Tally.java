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

    void evaluation(ArchivedEvaluation evaluation) {
        candidates += evaluation.candidates().size();
        quotedFigures += evaluation.quotedFigures().size();
        decisionSettings += evaluation.decisionSettings() == null ? 0 : 1;
    }

    Manifest.Counts counts() {
        return new Manifest.Counts(candidates, quotedFigures, decisionSettings, uploads, runs, gcTraces, chaosExperiments);
    }
}
