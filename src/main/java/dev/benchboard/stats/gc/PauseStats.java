package dev.benchboard.stats.gc;

import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.Quantiles;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Stop-the-world pause per cycle (sweep termination + mark termination, as recorded in pauseMs).
 *
 * @param percentileDefinition how P50/P99 were computed
 */
public record PauseStats(int n, double p50Ms, double p99Ms, double maxMs, double meanMs, double totalMs,
                         Sentence percentileDefinition) {

    /** {@link Quantiles#PERCENTILE_DEFINITION} as a sentence in the reader's language (PauseStatsTest keeps them equal). */
    static final Sentence PERCENTILE_DEFINITION = Sentence.of("gc.pause.percentile-definition");

    public static PauseStats of(double[] pausesMs) {
        if (pausesMs.length == 0) throw new IllegalArgumentException("no pauses");
        return new PauseStats(pausesMs.length, Quantiles.type7(pausesMs, 0.50), Quantiles.type7(pausesMs, 0.99),
                StatUtils.max(pausesMs), StatUtils.mean(pausesMs), StatUtils.sum(pausesMs),
                PERCENTILE_DEFINITION);
    }
}
