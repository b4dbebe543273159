package dev.benchboard.ingest.format.locust;

import dev.benchboard.format.Sentence;
import dev.benchboard.evidence.RunDataBuilder;

/** What the Locust importers share beyond one row. */
final class LocustFiles {

    private LocustFiles() {
    }

    static Sentence cutOff(long line) {
        return Sentence.of("ingest.locust.warning.cut-off", String.valueOf(line));
    }

    /**
     * A request name's own figures as metrics of the whole run ("GET /ok requests", "GET /ok p99_ms" …); its
     * percentile columns only when they are of the whole run (not a history file's current window).
     */
    static void entryMetrics(RunDataBuilder b, LocustEntry e, boolean wholeRunPercentiles) {
        String label = e.label();
        b.metric(label + " requests", e.requests());
        b.metric(label + " failures", e.failures());
        if (e.rps() != null) b.metric(label + " rps", e.rps());
        if (!wholeRunPercentiles) {
            if (e.medianMs() != null && e.requests() > 0) b.metric(label + " p50_ms", e.medianMs());
            return;
        }
        Double p50 = e.percentiles().getOrDefault(50.0, e.medianMs());
        if (p50 != null && e.requests() > 0) b.metric(label + " p50_ms", p50);
        Double p99 = e.percentiles().get(99.0);
        if (p99 != null && e.requests() > 0) b.metric(label + " p99_ms", p99);
    }
}
