package dev.benchboard.stats.latency;

import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.Interval;

/**
 * Share of failed requests with its interval, and what the interval assumes.
 *
 * @param errors             non-2xx/3xx responses plus socket errors
 * @param requests           all requests
 * @param rate               errors / requests
 * @param interval           Wilson score interval when errors are spread out (requests independent), else a
 *                           Student-t interval over time blocks or runs
 * @param method             in words
 * @param basis              what the interval treats as independent: "requests", "time blocks" or "runs"
 * @param units              time blocks or runs checked (0 when there was nothing to check)
 * @param blockSeconds       length of a time block in seconds, null unless basis is "time blocks"
 * @param dispersionChiSquare Pearson χ² of the errors' homogeneity across the units (2 × k table), null when not tested
 * @param dispersionP        its p-value (χ² with k − 1 df); below α: errors cluster, requests are not independent
 */
public record ErrorRateEstimate(long errors, long requests, double rate, Interval interval, Sentence method, String basis,
                                int units, Double blockSeconds, Double dispersionChiSquare, Double dispersionP) {

    public static final String REQUESTS = "requests";
    public static final String TIME_BLOCKS = "time blocks";
    public static final String RUNS = "runs";
}
