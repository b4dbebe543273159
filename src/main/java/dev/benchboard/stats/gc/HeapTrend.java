package dev.benchboard.stats.gc;

import dev.benchboard.stats.common.Interval;
import dev.benchboard.stats.common.Quantiles;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Live heap after each cycle regressed on time (ordinary least squares), and the leak signal.
 *
 * @param n                       cycles with a live heap value
 * @param slopeMbPerSecond        OLS slope
 * @param slopeCiMbPerSecond      slope ± t((1+c)/2; n−2)·SE(slope)
 * @param slopeMbPerMinute        the slope × 60
 * @param slopeCiMbPerMinute      the interval × 60
 * @param interceptMb             fitted live heap at t = 0 of the trace's clock
 * @param rSquared                share of live-heap variance explained by time
 * @param meanLiveHeapMb          mean of the live heap values
 * @param thresholdMbPerMinute    growth counted as a leak: fraction × mean live heap / window minutes
 * @param leakSuspected           the interval lies above 0 and the slope exceeds the threshold
 * @param verdict                 the reading in words
 */
public record HeapTrend(
        int n,
        double slopeMbPerSecond,
        Interval slopeCiMbPerSecond,
        double slopeMbPerMinute,
        Interval slopeCiMbPerMinute,
        double interceptMb,
        double rSquared,
        double meanLiveHeapMb,
        double thresholdMbPerMinute,
        boolean leakSuspected,
        String verdict,
        String method) {

    static final String METHOD = "OLS of live heap (MB) on cycle time (s), Commons Math SimpleRegression; 95 % CI ="
            + " slope ± t((1+c)/2; n−2)·SE(slope); leak when the CI lies above 0 and the slope exceeds the threshold";

    /** Fits the trend; needs at least 3 points (one residual degree of freedom). */
    public static HeapTrend fit(double[] seconds, double[] liveHeapMb, GcSettings settings) {
        int n = seconds.length;
        if (n < 3 || liveHeapMb.length != n) throw new IllegalArgumentException("need ≥ 3 (time, live heap) pairs");
        SimpleRegression ols = new SimpleRegression(true);
        for (int i = 0; i < n; i++) ols.addData(seconds[i], liveHeapMb[i]);
        double slope = ols.getSlope();
        double halfWidth = Quantiles.studentT((1 + settings.confidence()) / 2, n - 2) * ols.getSlopeStdErr();
        Interval perSecond = new Interval(slope - halfWidth, slope + halfWidth, settings.confidence(), METHOD);
        double mean = StatUtils.mean(liveHeapMb);
        double threshold = settings.leakThresholdMbPerMinute(mean);
        boolean significantGrowth = perSecond.lower() > 0;
        boolean leak = significantGrowth && slope * 60 > threshold;
        String verdict;
        if (leak) {
            verdict = "leak suspected: live heap grows faster than the threshold and the interval excludes 0";
        } else if (significantGrowth) {
            verdict = "live heap grows significantly, but slower than the leak threshold";
        } else if (perSecond.upper() < 0) {
            verdict = "live heap shrinks significantly";
        } else {
            verdict = "no significant live heap trend";
        }
        return new HeapTrend(n, slope, perSecond, slope * 60, perSecond.scaled(60), ols.getIntercept(),
                ols.getRSquare(), mean, threshold, leak, verdict, METHOD);
    }
}
