package dev.benchboard.stats.gc;

import dev.benchboard.format.Sentence;

/**
 * Allocation over the steady window, from the heap sizes gctrace prints: between the starts of cycles k
 * and k+1 the program allocated (heapEnd[k] − heapStart[k]) during cycle k (nothing is freed before
 * the cycle ends) plus (heapStart[k+1] − liveHeap[k]) after it (what cycle k found live was all that
 * was left once sweeping freed the rest).
 *
 * @param intervals          consecutive cycle pairs in the window with all three heap values
 * @param mbPerSecond        Σ of both terms over the window / the window's span
 * @param afterCycleMbPerSecond Σ (heapStart[k+1] − liveHeap[k]) alone / span: what a rule that forgets the
 *                           allocation during the cycle would give (lower)
 * @param meanPerCycleMb     allocation per interval: when only a few MB, gctrace's whole-MB values make the rate coarse
 * @param negativeIntervals  intervals whose estimate was negative (rounding of whole-MB values); kept in the sum
 * @param resolutionMbPerSecond how far whole-MB rounding can move the rate at most: 2 MB per interval / mean interval
 */
public record AllocationRate(int intervals, double mbPerSecond, double afterCycleMbPerSecond, double meanPerCycleMb,
                             int negativeIntervals, double resolutionMbPerSecond, Sentence method) {

    static final Sentence METHOD = Sentence.of("gc.method.allocation");

    /** Below this many MB allocated per cycle the whole-MB rounding dominates the estimate. */
    static final double COARSE_PER_CYCLE_MB = 4;
}
