package dev.benchboard.stats.regression;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exact null distribution of the Mann-Whitney U statistic for sample sizes (m, n) without
 * ties: the number of arrangements f(m, n, k) with U = k from the recursion
 * f(m, n, k) = f(m − 1, n, k − n) + f(m, n − 1, k) (Andrews et al.; scipy's {@code _MWU}), in
 * doubles — only additions of positive numbers, so the relative error stays near machine precision.
 * The same distribution is R's {@code dwilcox}. Tables are cached per (m, n).
 */
final class MannWhitneyNull {

    private static final Map<Long, MannWhitneyNull> CACHE = new ConcurrentHashMap<>();

    private final int m;
    private final int n;
    private final double[] probabilities;

    private MannWhitneyNull(int m, int n, double[] probabilities) {
        this.m = m;
        this.n = n;
        this.probabilities = probabilities;
    }

    static MannWhitneyNull of(int m, int n) {
        if (m < 1 || n < 1) {
            throw new IllegalArgumentException("sample sizes must be ≥ 1: " + m + ", " + n);
        }
        // f(m, n, ·) = f(n, m, ·): build along the smaller size to keep the table small.
        int small = Math.min(m, n);
        int large = Math.max(m, n);
        return CACHE.computeIfAbsent(((long) small << 32) | large, key -> build(small, large));
    }

    private static MannWhitneyNull build(int m, int n) {
        // counts[i] = f(i, j, ·) for the current j, i = 0..m
        double[][] counts = new double[m + 1][];
        for (int i = 0; i <= m; i++) {
            counts[i] = new double[] {1.0};
        }
        for (int j = 1; j <= n; j++) {
            double[][] next = new double[m + 1][];
            next[0] = new double[] {1.0};
            for (int i = 1; i <= m; i++) {
                double[] fewerX = next[i - 1];   // f(i − 1, j, ·), length (i − 1)·j + 1
                double[] fewerY = counts[i];     // f(i, j − 1, ·), length i·(j − 1) + 1
                double[] current = new double[i * j + 1];
                for (int k = 0; k < current.length; k++) {
                    double a = k - j >= 0 && k - j < fewerX.length ? fewerX[k - j] : 0.0;
                    double b = k < fewerY.length ? fewerY[k] : 0.0;
                    current[k] = a + b;
                }
                next[i] = current;
            }
            counts = next;
        }
        double[] frequencies = counts[m];
        double total = 0;
        for (double f : frequencies) {
            total += f;
        }
        double[] probabilities = new double[frequencies.length];
        for (int k = 0; k < frequencies.length; k++) {
            probabilities[k] = frequencies[k] / total;
        }
        return new MannWhitneyNull(m, n, probabilities);
    }

    int maxU() {
        return m * n;
    }

    /** P(U ≤ k). */
    double cdf(int k) {
        if (k < 0) {
            return 0.0;
        }
        if (k >= maxU()) {
            return 1.0;
        }
        double sum = 0;
        for (int i = 0; i <= k; i++) {
            sum += probabilities[i];
        }
        return sum;
    }

    /** P(U ≥ k), summed as P(U ≤ mn − k) by symmetry, like scipy. */
    double sf(int k) {
        return cdf(maxU() - k);
    }

    /**
     * Smallest q with P(U ≤ q) ≥ p, for p ≤ 0.5: R's qwilcox(p, m, n), including its 10·DBL_EPSILON
     * fuzz so that a p landing exactly on a step gives R's rank.
     */
    int lowerQuantile(double p) {
        if (!(p > 0 && p <= 0.5)) {
            throw new IllegalArgumentException("lower-tail quantile level must lie in (0, 0.5]: " + p);
        }
        double target = p - 10 * Math.ulp(1.0);
        double sum = 0;
        for (int q = 0; q <= maxU(); q++) {
            sum += probabilities[q];
            if (sum >= target) {
                return q;
            }
        }
        return maxU();
    }
}
