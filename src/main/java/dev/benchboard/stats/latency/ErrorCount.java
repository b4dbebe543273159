package dev.benchboard.stats.latency;

/**
 * Requests and failed requests of one unit of time or one run, the units an error-rate interval can be
 * computed over when requests are not independent.
 */
public record ErrorCount(long requests, long errors) {

    public ErrorCount {
        if (requests < 0 || errors < 0 || errors > requests) {
            throw new IllegalArgumentException("errors must lie in 0.." + requests + ": " + errors);
        }
    }
}
