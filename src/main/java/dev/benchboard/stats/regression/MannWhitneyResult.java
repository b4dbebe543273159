package dev.benchboard.stats.regression;

import dev.benchboard.format.Sentence;

/**
 * A two-sided Mann-Whitney U test of baseline A against candidate B.
 *
 * @param uBaseline U of the baseline sample (scipy's {@code statistic} for mannwhitneyu(A, B)); U_B = nA·nB − U_A
 * @param pValue    two-sided p
 * @param exact     true: exact null distribution; false: normal approximation with tie and continuity correction
 * @param ties      whether the pooled values contain ties
 * @param z         the standardised statistic of the normal approximation, NaN for the exact test
 * @param nBaseline runs of A
 * @param nCandidate runs of B
 * @param method    in words
 */
public record MannWhitneyResult(
        double uBaseline,
        double pValue,
        boolean exact,
        boolean ties,
        double z,
        int nBaseline,
        int nCandidate,
        Sentence method) {
}
