package dev.benchboard.stats.gc;

import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.Interval;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Live heap after each cycle of the steady window regressed on time, and the leak signal.
 *
 * @param n                         cycles with a live heap value in the window
 * @param slopeMbPerSecond          OLS slope
 * @param slopeCiMbPerSecond        slope ± z((1+c)/2)·SE_HAC (Newey–West, see {@link NeweyWest})
 * @param slopeMbPerMinute          the slope × 60
 * @param slopeCiMbPerMinute        the interval × 60
 * @param interceptMb               fitted live heap at t = 0 of the trace's clock
 * @param rSquared                  share of live-heap variance explained by time
 * @param olsStdErrorMbPerSecond    the plain OLS standard error (too small with autocorrelated cycles; shown for comparison)
 * @param hacStdErrorMbPerSecond    the Newey–West standard error the interval uses
 * @param lags                      Newey–West lags L
 * @param meanLiveHeapMb            mean of the live heap values
 * @param windowSeconds             span of the fitted cycles
 * @param growthThresholdMbPerMinute fraction × mean live heap / minutes (10 % per 10 min by default)
 * @param resolutionThresholdMbPerMinute 1 MB (gctrace's resolution) over the window's minutes
 * @param thresholdMbPerMinute      the larger of the two: growth counted as a leak
 * @param leakSuspected             the interval lies above 0 and the slope exceeds the threshold
 * @param verdict                   the reading in words, with the window
 */
public record HeapTrend(
        int n,
        double slopeMbPerSecond,
        Interval slopeCiMbPerSecond,
        double slopeMbPerMinute,
        Interval slopeCiMbPerMinute,
        double interceptMb,
        double rSquared,
        double olsStdErrorMbPerSecond,
        double hacStdErrorMbPerSecond,
        int lags,
        double meanLiveHeapMb,
        double windowSeconds,
        double growthThresholdMbPerMinute,
        double resolutionThresholdMbPerMinute,
        double thresholdMbPerMinute,
        boolean leakSuspected,
        Sentence verdict,
        Sentence method) {

    /** gctrace prints heap sizes as whole MB: a smaller change over the window cannot be told from rounding. */
    static final double RESOLUTION_MB = 1;

    static final Sentence METHOD = Sentence.of("gc.method.heap-trend", NeweyWest.METHOD);

    /** Fits the trend; needs at least 3 points (one residual degree of freedom). */
    public static HeapTrend fit(double[] seconds, double[] liveHeapMb, GcSettings settings) {
        int n = seconds.length;
        if (n < 3 || liveHeapMb.length != n) throw new IllegalArgumentException("need ≥ 3 (time, live heap) pairs");
        NeweyWest nw = NeweyWest.fit(seconds, liveHeapMb);
        double slope = nw.slope();
        double z = new NormalDistribution().inverseCumulativeProbability((1 + settings.confidence()) / 2);
        double halfWidth = z * nw.hacStdError();
        Interval perSecond = new Interval(slope - halfWidth, slope + halfWidth, settings.confidence(), NeweyWest.METHOD);
        double mean = StatUtils.mean(liveHeapMb);
        double span = StatUtils.max(seconds) - StatUtils.min(seconds);
        double growth = settings.leakThresholdMbPerMinute(mean);
        double resolution = RESOLUTION_MB / (span / 60);
        double threshold = Math.max(growth, resolution);
        boolean significantGrowth = perSecond.lower() > 0;
        boolean leak = significantGrowth && slope * 60 > threshold;
        Sentence bound = Sentence.of(growth >= resolution ? "gc.heap.bound.growth" : "gc.heap.bound.resolution");
        Sentence verdict;
        if (leak) {
            verdict = Sentence.of("gc.heap.leak", bound);
        } else if (significantGrowth) {
            verdict = Sentence.of("gc.heap.grows", bound);
        } else if (perSecond.upper() < 0) {
            verdict = Sentence.of("gc.heap.shrinks");
        } else {
            verdict = Sentence.of("gc.heap.no-trend");
        }
        return new HeapTrend(n, slope, perSecond, slope * 60, perSecond.scaled(60), nw.intercept(), nw.rSquared(),
                nw.olsStdError(), nw.hacStdError(), nw.lags(), mean, span, growth, resolution, threshold, leak, verdict,
                METHOD);
    }
}
