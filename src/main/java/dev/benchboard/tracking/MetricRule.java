package dev.benchboard.tracking;

/**
 * How one metric counts in the CI gate of an evaluation.
 *
 * @param metric           as the regression rows name it: P99, P50, throughput, ns/op, B/op, allocs/op …
 * @param gates            whether a regressed row of this metric may fail the gate
 * @param thresholdPercent the |Δ %| a regressed row must reach to fail the gate; the verdict "regressed"
 *                         already needs the evaluation's practical threshold, so only a larger value here
 *                         changes anything
 */
public record MetricRule(String metric, boolean gates, double thresholdPercent) {

    public MetricRule {
        if (metric == null || metric.isBlank() || metric.strip().length() > 100) {
            throw new IllegalArgumentException("metric: 1–100 characters (P99, P50, throughput, ns/op, B/op, allocs/op …)");
        }
        metric = metric.strip();
        if (!(thresholdPercent >= 0) || thresholdPercent > 1000) {
            throw new IllegalArgumentException("thresholdPercent of " + metric + ": a number from 0 to 1000 (|Δ %|), was "
                    + thresholdPercent);
        }
    }
}
