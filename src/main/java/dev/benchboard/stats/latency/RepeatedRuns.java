package dev.benchboard.stats.latency;

import dev.benchboard.format.Figures;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.format.Sentence;
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
            medianInterval = new Interval(lower, upper, ranks.coverage(), Sentence.of("latency.order-statistic.median", OrderStatisticRanks.RULE));
            bootstrap = bootstrapMedian(sorted, settings);
        }
        List<LatencyOrigin> distinctOrigins = origins.stream().distinct().sorted().toList();
        Sentence method;
        if (n < 2) {
            method = Sentence.of("latency.across-runs.single-run");
        } else if (ranks.lowerBounded() && ranks.upperBounded()) {
            method = Sentence.of("latency.across-runs.median", String.valueOf(n), OrderStatisticRanks.RULE, bootstrap.method());
        } else {
            method = Sentence.of("latency.across-runs.median-unbounded", String.valueOf(n), OrderStatisticRanks.RULE,
                    noIntervalAt(n, confidence), bootstrap.method());
        }
        return new AcrossRunsSummary(metric, unit, distinctOrigins, perRunValues, n, median, medianInterval, ranks,
                bootstrap, settings.bootstrapResamples(), settings.randomSeed(), method);
    }

    /**
     * "no 95 % interval with n = 5: [min, max] covers the median with 93.75 %" — what to say instead of an
     * interval when n is too small for the level (the widest order-statistic interval, [X₍₁₎, X₍ₙ₎], covers
     * the median with 1 − 2·0.5ⁿ).
     */
    public static Sentence noIntervalAt(int n, double confidence) {
        double widest = 1 - 2 * Math.pow(0.5, n);
        return Sentence.of("latency.across-runs.no-interval", percent(confidence), String.valueOf(n), percent(widest));
    }

    /**
     * Percentile bootstrap: resample the runs with replacement, take each resample's median. Its level is
     * not the nominal 1 − α: the replicates are (means of) the runs' own values, so with few runs the
     * interval is an order-statistic interval in disguise — with 5 runs the 2.5 % and 97.5 % quantiles of
     * the replicates are the smallest and largest run, [X₍₁₎, X₍₅₎], which covers the median with 93.75 %,
     * not 95 %. The level stated is therefore the guaranteed one: the exact binomial coverage of the widest
     * order-statistic interval [X₍a₎, X₍b₎] that lies inside the bootstrap interval (its coverage is at
     * least that of anything it contains, for continuous data).
     */
    static Interval bootstrapMedian(double[] sorted, StatsSettings settings) {
        double[] replicates = Bootstrap.replicates(sorted, settings.bootstrapResamples(),
                SeededRandom.of(settings.randomSeed()), Bootstrap::medianInPlace);
        double halfAlpha = settings.alpha() / 2;
        Interval nominal = Bootstrap.percentileInterval(replicates, halfAlpha, 1 - halfAlpha, settings.confidenceLevel(),
                Sentence.of("latency.bootstrap.percentile"));
        int n = sorted.length;
        int a = 0;
        while (a < n && sorted[a] < nominal.lower()) a++;
        int b = n - 1;
        while (b >= 0 && sorted[b] > nominal.upper()) b--;
        // 1-based ranks a + 1 … b + 1; coverage P(a + 1 ≤ B ≤ b) with B ~ Binomial(n, 1/2).
        double guaranteed = a <= b ? OrderStatisticRanks.medianCoverage(n, a + 1, b + 1) : 0.0;
        Sentence inside = a <= b ? Sentence.of("latency.bootstrap.order-statistics", String.valueOf(a + 1), String.valueOf(b + 1))
                : Sentence.of("latency.bootstrap.no-order-statistics");
        Sentence method = Sentence.of("latency.bootstrap.median", Figures.count(settings.bootstrapResamples()),
                seed(settings.randomSeed()), String.valueOf(halfAlpha), String.valueOf(1 - halfAlpha), percent(guaranteed),
                inside, percent(settings.confidenceLevel()));
        return new Interval(nominal.lower(), nominal.upper(), guaranteed, method);
    }

    /** "WELL19937c seed 42": the generator and seed that make a resampling figure repeat, in the reader's words. */
    public static Sentence seed(long seed) {
        return Sentence.of("latency.random-seed", SeededRandom.GENERATOR, String.valueOf(seed));
    }

    /** 93.75, 95, 96.875, 99.9: up to four decimals, no trailing zeros. */
    static String percent(double level) {
        return new java.math.BigDecimal(level * 100).round(new java.math.MathContext(6)).setScale(4, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
