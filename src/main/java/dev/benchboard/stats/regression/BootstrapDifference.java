package dev.benchboard.stats.regression;

import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.Interval;

/**
 * Percentile-bootstrap interval of the difference of one latency percentile between two single
 * runs, candidate minus baseline, in milliseconds.
 *
 * @param percentile         e.g. 99.0
 * @param baselineMs         the baseline run's percentile
 * @param candidateMs        the candidate run's percentile
 * @param differenceMs       candidateMs − baselineMs
 * @param interval           type-7 quantiles α/2 and 1 − α/2 of the resampled differences
 * @param nBaseline          samples in the baseline histogram
 * @param nCandidate         samples in the candidate histogram
 * @param resamples          resamples of each side
 * @param seed               random seed
 * @param method             in words
 */
public record BootstrapDifference(
        double percentile,
        double baselineMs,
        double candidateMs,
        double differenceMs,
        Interval interval,
        long nBaseline,
        long nCandidate,
        int resamples,
        long seed,
        Sentence method) {
}
