package dev.benchboard.stats.capacity;

/**
 * M/M/c queue formulas (Erlang C). Offered load a = λ/μ in Erlangs; c servers; stable when a < c.
 * Erlang C is computed from Erlang B by the stable recursion B(0) = 1, B(k) = a·B(k−1)/(k + a·B(k−1)),
 * C = B(c) / (1 − (a/c)(1 − B(c))), which avoids factorials.
 */
public final class ErlangC {

    private ErlangC() {
    }

    /** Probability that an arriving request waits (all c servers busy). */
    public static double probabilityOfWaiting(int servers, double offeredLoad) {
        if (servers < 1) throw new IllegalArgumentException("at least one server");
        if (!(offeredLoad >= 0 && offeredLoad < servers)) throw new IllegalArgumentException("unstable: a ≥ c");
        double b = 1;
        for (int k = 1; k <= servers; k++) b = offeredLoad * b / (k + offeredLoad * b);
        double rho = offeredLoad / servers;
        return b / (1 - rho * (1 - b));
    }

    /** Mean wait in queue: C / (cμ − λ), in the time unit of 1/μ. */
    public static double meanWait(int servers, double arrivalRate, double serviceRate) {
        return probabilityOfWaiting(servers, arrivalRate / serviceRate) / (servers * serviceRate - arrivalRate);
    }

    /**
     * The q-quantile of the wait in queue: P(W > t) = C·exp(−(cμ − λ)t), so t = ln(C/(1 − q))/(cμ − λ),
     * and 0 when C ≤ 1 − q (at least a fraction q of requests do not wait at all).
     */
    public static double waitQuantile(int servers, double arrivalRate, double serviceRate, double q) {
        double c = probabilityOfWaiting(servers, arrivalRate / serviceRate);
        if (c <= 1 - q) return 0;
        return Math.log(c / (1 - q)) / (servers * serviceRate - arrivalRate);
    }
}
