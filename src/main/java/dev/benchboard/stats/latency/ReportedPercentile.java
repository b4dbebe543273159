package dev.benchboard.stats.latency;

import dev.benchboard.evidence.LatencyOrigin;
import java.util.Objects;

/**
 * A percentile as a tool printed it, for runs without per-request data.
 *
 * @param percentile 0 &lt; percentile ≤ 100 (100 = max)
 * @param valueMs    the value in milliseconds
 * @param origin     how exact the tool's figure is
 */
public record ReportedPercentile(double percentile, double valueMs, LatencyOrigin origin) {

    public ReportedPercentile {
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must lie in (0, 100]: " + percentile);
        }
        if (!(valueMs >= 0) || Double.isInfinite(valueMs)) {
            throw new IllegalArgumentException("latency must be a finite value ≥ 0 ms: " + valueMs);
        }
        Objects.requireNonNull(origin, "origin");
    }
}
