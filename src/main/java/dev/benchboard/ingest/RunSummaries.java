package dev.benchboard.ingest;

import dev.benchboard.ingest.model.Percentile;
import dev.benchboard.ingest.model.RunData;

/** The list form of a run, from parsed data (for previews) with the same rules as stored ones. */
final class RunSummaries {

    private RunSummaries() {
    }

    static RunSummary of(Long id, int ordinal, RunData run) {
        return new RunSummary(id, ordinal, run.label(), run.requests(), run.errors(), run.durationSeconds(),
                run.throughputRps(), run.concurrency(), percentile(run, 50), percentile(run, 99), run.maxMs(),
                run.latencyOrigin(), run.coordinatedOmission(), run.histogram() != null);
    }

    private static Double percentile(RunData run, double p) {
        if (run.histogram() != null && run.histogram().getTotalCount() > 0) {
            return run.histogram().getValueAtPercentile(p) / 1000.0;
        }
        return run.percentiles().stream().filter(x -> Math.abs(x.percentile() - p) < 1e-9)
                .map(Percentile::valueMs).findFirst().orElse(null);
    }
}
