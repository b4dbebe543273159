package dev.benchboard.stats.capacity;

import dev.benchboard.format.Sentence;
import java.util.List;

/**
 * Universal Scalability Law fit X(N) = λN / (1 + σ(N − 1) + κN(N − 1)).
 *
 * @param status                FITTED, or why not
 * @param n                     sweep points used
 * @param lambda                λ: throughput of one client without contention (req/s)
 * @param sigma                 σ: contention (serialisation) coefficient, ≥ 0
 * @param kappa                 κ: coherency (crosstalk) coefficient, ≥ 0
 * @param lambdaSe              standard errors: √diag(s²(JᵀJ)⁻¹), null for a parameter held at its bound 0
 * @param rSquared              1 − RSS/TSS (descriptive for a nonlinear fit)
 * @param residualStandardError s = √(RSS/(n − p)), p = parameters estimated
 * @param peakConcurrency       N* = √((1 − σ)/κ), null when κ = 0 (no peak) or σ ≥ 1
 * @param peakThroughput        X(N*)
 * @param fixedAtZero           parameters held at their bound 0 ("sigma", "kappa")
 * @param method                the fitting method in words
 */
public record UslFit(
        Status status,
        int n,
        Double lambda,
        Double sigma,
        Double kappa,
        Double lambdaSe,
        Double sigmaSe,
        Double kappaSe,
        Double rSquared,
        Double residualStandardError,
        Double peakConcurrency,
        Double peakThroughput,
        List<String> fixedAtZero,
        Sentence method,
        List<Sentence> warnings) {

    public enum Status { FITTED, INSUFFICIENT_POINTS, NOT_CONVERGED }

    public UslFit {
        fixedAtZero = List.copyOf(fixedAtZero);
        warnings = List.copyOf(warnings);
    }

    static UslFit notFitted(Status status, int n, Sentence method, List<Sentence> warnings) {
        return new UslFit(status, n, null, null, null, null, null, null, null, null, null, null, List.of(), method,
                warnings);
    }

    public boolean fitted() {
        return status == Status.FITTED;
    }

    /** Predicted throughput at concurrency N. */
    public double predict(double concurrency) {
        if (!fitted()) throw new IllegalStateException("USL not fitted: " + status);
        return Usl.throughput(lambda, sigma, kappa, concurrency);
    }
}
