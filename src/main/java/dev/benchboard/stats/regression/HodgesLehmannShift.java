package dev.benchboard.stats.regression;

import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.Interval;

/**
 * The Hodges–Lehmann estimate of the shift B − A (median of all nA·nB pairwise differences
 * b_j − a_i) with its distribution-free interval [D₍k₎, D₍nA·nB − k + 1₎].
 *
 * @param estimate           median of the pairwise differences, in the metric's unit
 * @param interval           the interval; its confidence level is the achieved one
 * @param lowerRank          k (1-based rank among the sorted differences)
 * @param upperRank          nA·nB − k + 1
 * @param pairs              nA·nB
 * @param requestedConfidence the level asked for
 * @param achievedConfidence 1 − 2·P(U ≤ k − 1); lower than requested when the samples are too small
 * @param method             in words
 */
public record HodgesLehmannShift(
        double estimate,
        Interval interval,
        int lowerRank,
        int upperRank,
        int pairs,
        double requestedConfidence,
        double achievedConfidence,
        Sentence method) {
}
