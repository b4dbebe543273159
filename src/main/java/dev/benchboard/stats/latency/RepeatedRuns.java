package dev.benchboard.stats.latency;

import dev.benchboard.ingest.model.LatencyOrigin;
import dev.benchboard.stats.common.Bootstrap;
import dev.benchboard.stats.common.Interval;
import dev.benchboard.stats.common.Quantiles;
import dev.benchboard.stats.common.SeededRandom;
import dev.benchboard.stats.common.StatsSettings;
import java.util.Collection;
import java.util.List;

/**
 * Summaries of a metric across repeated runs. The run is the unit of replication: within-run
 * intervals ignore run-to-run variation (warm-up, noisy neighbours), so the across-runs intervals
 * are the ones a comparison should rely on.
 */
public final class RepeatedRuns {

    private RepeatedRuns() {
    }

    public static AcrossRunsSummary summarize(String metric, String unit, Collection<LatencyOrigin> origins,
                                              List<Double> perRunValues, StatsSettings settings) {
        if (perRunValues.isEmpty()) {
            throw new IllegalArgumentException("no runs to summarise for " + metric);
        }
        double[] sorted = Quantiles.sortedCopy(perRunValues);
        int n = sorted.length;
        double median = Quantiles.medianOfSorted(sorted);
        double confidence = settings.confidenceLevel();

        Interval medianInterval = null;
        OrderStatisticRanks ranks = null;
        Interval bootstrap = null;
        if (n >= 2) {
            ranks = OrderStatisticRanks.of(n, 0.5, confidence);
            double lower = ranks.lowerBounded() ? sorted[(int) ranks.lowerRank() - 1] : Double.NEGATIVE_INFINITY;
            double upper = ranks.upperBounded() ? sorted[(int) ranks.upperRank() - 1] : Double.POSITIVE_INFINITY;
            medianInterval = new Interval(lower, upper, ranks.coverage(), OrderStatisticRanks.RULE + " with p = 0.5");
            bootstrap = bootstrapMedian(sorted, settings);
        }
        List<LatencyOrigin> distinctOrigins = origins.stream().distinct().sorted().toList();
        String method = n >= 2
                ? "median of " + n + " per-run values; " + OrderStatisticRanks.RULE + " with p = 0.5"
                        + (ranks.lowerBounded() && ranks.upperBounded() ? "" : " (unbounded: too few runs for "
                        + Math.round(confidence * 100) + " % without an infinite end)")
                        + "; percentile bootstrap of the median, " + settings.bootstrapResamples()
                        + " resamples of the runs with replacement, " + SeededRandom.GENERATOR + " seed "
                        + settings.randomSeed() + ", type-7 quantiles of the replicates"
                : "a single run: its value, no interval";
        return new AcrossRunsSummary(metric, unit, distinctOrigins, perRunValues, n, median, medianInterval, ranks,
                bootstrap, settings.bootstrapResamples(), settings.randomSeed(), method);
    }

    /** Percentile bootstrap: resample the runs with replacement, take each resample's median. */
    static Interval bootstrapMedian(double[] values, StatsSettings settings) {
        double[] replicates = Bootstrap.replicates(values, settings.bootstrapResamples(),
                SeededRandom.of(settings.randomSeed()), Bootstrap::medianInPlace);
        double halfAlpha = settings.alpha() / 2;
        return Bootstrap.percentileInterval(replicates, halfAlpha, 1 - halfAlpha, settings.confidenceLevel(),
                "percentile bootstrap of the median: " + settings.bootstrapResamples() + " resamples of the runs with"
                        + " replacement, " + SeededRandom.GENERATOR + " seed " + settings.randomSeed()
                        + ", type-7 quantiles of the replicates");
    }
}
