package dev.benchboard.stats.latency;

import dev.benchboard.stats.common.Interval;

/**
 * Share of failed requests with its Wilson score interval.
 *
 * @param errors   non-2xx/3xx responses plus socket errors
 * @param requests all requests
 * @param rate     errors / requests
 * @param interval Wilson score interval (no continuity correction; R's prop.test(correct = FALSE))
 * @param method   in words
 */
public record ErrorRateEstimate(long errors, long requests, double rate, Interval interval, String method) {
}
