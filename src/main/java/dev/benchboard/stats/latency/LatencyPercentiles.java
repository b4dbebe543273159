package dev.benchboard.stats.latency;

import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.Interval;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;

/**
 * Percentiles of one run from its histogram (microseconds in, milliseconds out), each with a
 * distribution-free order-statistic interval; pooled percentiles of several runs from their merged
 * histogram; and reported percentiles passed through with their origin.
 */
public final class LatencyPercentiles {

    /** The percentiles every latency result shows: P50, P90, P99, P99.9 and the maximum. */
    public static final List<Double> STANDARD = List.of(50.0, 90.0, 99.0, 99.9, 100.0);

    static final String UNIT = "ms";
    private static final double MICROS_PER_MS = 1000.0;

    private LatencyPercentiles() {
    }

    /** Standard percentiles of one run with their 95 % (or 1 − α) order-statistic intervals. */
    public static List<PercentileEstimate> ofHistogram(AbstractHistogram histogramMicros, double confidence) {
        return ofRanks(HistogramRanks.of(histogramMicros), confidence);
    }

    public static List<PercentileEstimate> ofRanks(HistogramRanks ranks, double confidence) {
        long n = ranks.totalCount();
        if (n == 0) {
            return List.of();
        }
        List<PercentileEstimate> estimates = new ArrayList<>(STANDARD.size());
        for (double percentile : STANDARD) {
            double valueMs = toMs(ranks.valueAtPercentile(percentile));
            if (percentile == 100.0 || n > Integer.MAX_VALUE) {
                Sentence method = Sentence.of(percentile == 100.0 ? "latency.percentile.maximum" : "latency.percentile.too-many-samples");
                estimates.add(new PercentileEstimate(PercentileEstimate.labelOf(percentile), percentile, valueMs, UNIT,
                        LatencyOrigin.HDR_HISTOGRAM, n, null, null, method));
                continue;
            }
            OrderStatisticRanks ci = OrderStatisticRanks.of(n, percentile / 100.0, confidence);
            double lower = ci.lowerBounded() ? toMs(ranks.valueAtRank(ci.lowerRank())) : Double.NEGATIVE_INFINITY;
            double upper = ci.upperBounded() ? toMs(ranks.valueAtRank(ci.upperRank())) : Double.POSITIVE_INFINITY;
            estimates.add(new PercentileEstimate(PercentileEstimate.labelOf(percentile), percentile, valueMs, UNIT,
                    LatencyOrigin.HDR_HISTOGRAM, n, new Interval(lower, upper, ci.coverage(), OrderStatisticRanks.RULE), ci,
                    Sentence.of("latency.percentile.histogram", OrderStatisticRanks.RULE)));
        }
        return List.copyOf(estimates);
    }

    /**
     * Percentiles of runs pooled by merging their histograms — never by averaging percentiles. No
     * interval: pooled samples are not independent draws from one distribution (runs differ), so
     * the across-runs interval is the honest one.
     */
    public static List<PercentileEstimate> pooled(Collection<? extends AbstractHistogram> histogramsMicros) {
        Histogram merged = merge(histogramsMicros);
        HistogramRanks ranks = HistogramRanks.of(merged);
        long n = ranks.totalCount();
        if (n == 0) {
            return List.of();
        }
        List<PercentileEstimate> estimates = new ArrayList<>(STANDARD.size());
        for (double percentile : STANDARD) {
            estimates.add(new PercentileEstimate(PercentileEstimate.labelOf(percentile), percentile,
                    toMs(ranks.valueAtPercentile(percentile)), UNIT, LatencyOrigin.HDR_HISTOGRAM, n, null, null,
                    Sentence.of("latency.percentile.pooled", String.valueOf(histogramsMicros.size()))));
        }
        return List.copyOf(estimates);
    }

    /** The reported figures of a run without per-request data, passed through with their origin. */
    public static List<PercentileEstimate> ofReported(Collection<ReportedPercentile> reported) {
        return reported.stream()
                .sorted((a, b) -> Double.compare(a.percentile(), b.percentile()))
                .map(r -> new PercentileEstimate(PercentileEstimate.labelOf(r.percentile()), r.percentile(), r.valueMs(),
                        UNIT, r.origin(), 0, null, null,
                        Sentence.of("latency.percentile.reported", r.origin().name())))
                .toList();
    }

    /** A histogram as wide and as fine as the widest and finest input, holding all their counts. */
    public static Histogram merge(Collection<? extends AbstractHistogram> histograms) {
        long lowest = Long.MAX_VALUE;
        long highest = 2;
        int digits = 3;
        for (AbstractHistogram histogram : histograms) {
            lowest = Math.min(lowest, histogram.getLowestDiscernibleValue());
            highest = Math.max(highest, histogram.getHighestTrackableValue());
            digits = Math.max(digits, histogram.getNumberOfSignificantValueDigits());
        }
        Histogram merged = new Histogram(lowest == Long.MAX_VALUE ? 1 : lowest, highest, digits);
        for (AbstractHistogram histogram : histograms) {
            merged.add(histogram);
        }
        return merged;
    }

    static double toMs(long micros) {
        return micros / MICROS_PER_MS;
    }
}
