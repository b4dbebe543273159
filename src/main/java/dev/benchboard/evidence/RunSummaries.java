package dev.benchboard.evidence;

/** The list form of a run, from parsed data (for previews) with the same rules as stored ones. */
public final class RunSummaries {

    private RunSummaries() {
    }

    public static RunSummary of(Long id, int ordinal, RunData run) {
        return new RunSummary(id, ordinal, run.label(), run.requests(), run.errors(), run.durationSeconds(),
                run.throughputRps(), run.concurrency(), run.percentileMs(50), run.percentileMs(99), run.maxMs(),
                run.latencyOrigin(), run.coordinatedOmission(), run.histogram() != null);
    }
}
