package dev.benchboard.stats.latency;

import dev.benchboard.stats.common.Interval;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Error rates with the Wilson score interval, which — unlike the normal (Wald) interval — stays
 * inside [0, 1] and keeps its coverage when errors are rare or absent, the usual case.
 */
public final class ErrorRates {

    private ErrorRates() {
    }

    public static ErrorRateEstimate wilson(long errors, long requests, double confidence) {
        if (requests <= 0) {
            throw new IllegalArgumentException("no requests: the error rate is undefined");
        }
        if (errors < 0 || errors > requests) {
            throw new IllegalArgumentException("errors must lie in 0.." + requests + ": " + errors);
        }
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double n = requests;
        double x = errors;
        double z2 = z * z;
        double centre = (x + z2 / 2) / (n + z2);
        double halfWidth = z / (n + z2) * Math.sqrt(x * (n - x) / n + z2 / 4);
        double lower = Math.max(0, centre - halfWidth);
        double upper = Math.min(1, centre + halfWidth);
        String wilson = "Wilson score interval (x + z²/2)/(n + z²) ± z/(n + z²)·√(x(n − x)/n + z²/4), z = Φ⁻¹("
                + (1 - (1 - confidence) / 2) + "), no continuity correction";
        return new ErrorRateEstimate(errors, requests, x / n, new Interval(lower, upper, confidence, wilson),
                "errors / requests; " + wilson);
    }
}
