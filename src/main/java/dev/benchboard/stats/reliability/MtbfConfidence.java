package dev.benchboard.stats.reliability;

import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.Interval;
import dev.benchboard.stats.common.Quantiles;

/**
 * Confidence interval of the MTBF for a time-terminated test with exponential up-times:
 * [2U / χ²((1+c)/2; 2r+2), 2U / χ²((1−c)/2; 2r)], where χ²(p; k) is the p-quantile (the value below
 * which a fraction p of the distribution lies) with k degrees of freedom. For c = 0.95 that is
 * [2U/χ²(0.975; 2r+2), 2U/χ²(0.025; 2r)]: the upper χ² quantile gives the lower MTBF bound.
 */
public final class MtbfConfidence {

    static final Sentence METHOD = Sentence.of("reliability.interval.mtbf");
    static final Sentence METHOD_NO_FAILURES = Sentence.of("reliability.interval.mtbf-no-failures");

    private MtbfConfidence() {
    }

    /** MTBF interval in the units of uptime. */
    public static Interval interval(double uptime, int failures, double confidence) {
        if (failures < 0) throw new IllegalArgumentException("failures must be ≥ 0");
        if (!(uptime > 0)) throw new IllegalArgumentException("uptime must be > 0");
        double lower = 2 * uptime / Quantiles.chiSquared((1 + confidence) / 2, 2.0 * failures + 2);
        if (failures == 0) return Interval.lowerBoundOnly(lower, confidence, METHOD_NO_FAILURES);
        double upper = 2 * uptime / Quantiles.chiSquared((1 - confidence) / 2, 2.0 * failures);
        return new Interval(lower, upper, confidence, METHOD);
    }

    /**
     * Confidence that the MTBF is at least {@code requiredMtbf}: the largest level c at which the
     * one-sided lower bound 2U/χ²(c; 2r+2) still reaches it, i.e. F_χ²(2r+2)(2U / requiredMtbf). It
     * equals the posterior probability P(λ ≤ 1/requiredMtbf) under a Gamma(r+1, U) posterior for the
     * failure rate (flat prior).
     */
    public static double confidenceAtLeast(double uptime, int failures, double requiredMtbf) {
        if (!(requiredMtbf > 0)) throw new IllegalArgumentException("required MTBF must be > 0");
        return Quantiles.chiSquaredCdf(2 * uptime / requiredMtbf, 2.0 * failures + 2);
    }
}
