package dev.benchboard.stats.gc;

/**
 * Allocation between cycles: (heap at start of cycle k+1 − heap at end of cycle k) / (t[k+1] − t[k]).
 *
 * @param intervals          consecutive cycle pairs with both heap values and a positive interval
 * @param meanMbPerSecond    mean of the per-interval rates
 * @param negativeIntervals  intervals whose estimate was negative (rounding of whole-MB trace values);
 *                           kept in the mean, since dropping them would bias it upwards
 */
public record AllocationRate(int intervals, double meanMbPerSecond, int negativeIntervals, String method) {

    static final String METHOD = "mean over consecutive cycles of (heapStart[k+1] − heapEnd[k]) / (t[k+1] − t[k]);"
            + " gctrace prints whole MB, so each term is quantised to 1 MB";
}
