package dev.benchboard.stats.latency;

import dev.benchboard.format.Sentence;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The ranks of a distribution-free (binomial) confidence interval for a population quantile.
 *
 * <p>Rule (equal-tailed, conservative): with B ~ Binomial(n, p) and F its distribution function,
 * lower rank l = F⁻¹(α/2) and upper rank u = F⁻¹(1 − α/2) + 1, where F⁻¹(q) is the smallest k
 * with F(k) ≥ q — the ranks of {@code scipy.stats.binom.ppf(α/2, n, p)} and
 * {@code binom.ppf(1 − α/2, n, p) + 1}. The interval [X₍l₎, X₍u₎] covers the p-quantile with
 * probability at least F(u − 1) − F(l − 1) ≥ 1 − α (Conover, Practical Nonparametric
 * Statistics, 3rd ed., §3.2), reported as {@code coverage}.
 *
 * <p>When n is too small the rule needs rank 0 or n + 1, i.e. the interval is unbounded on that
 * side; the ranks are kept as they are (coverage stays exact) and the caller reports an infinity.
 *
 * @param n                  sample size
 * @param p                  quantile level in (0, 1)
 * @param nominalConfidence  the requested level 1 − α
 * @param lowerRank          1-based rank of the lower end; 0 means unbounded below
 * @param upperRank          1-based rank of the upper end; n + 1 means unbounded above
 * @param coverage           P(X₍l₎ ≤ ξₚ ≤ X₍u₎) = F(u − 1) − F(l − 1) for continuous data
 */
public record OrderStatisticRanks(long n, double p, double nominalConfidence, long lowerRank, long upperRank, double coverage) {

    /** The rule in words: "binomial order-statistic interval: ranks l = F⁻¹(α/2), u = F⁻¹(1−α/2) + 1 of Binomial(n, p) …". */
    public static final Sentence RULE = Sentence.of("latency.order-statistic.rule");

    public static OrderStatisticRanks of(long n, double p, double confidence) {
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("binomial ranks need 1 ≤ n ≤ " + Integer.MAX_VALUE + ": " + n);
        }
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("quantile level must lie in (0, 1): " + p);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie in (0, 1): " + confidence);
        }
        double halfAlpha = (1 - confidence) / 2;
        BinomialDistribution binomial = new BinomialDistribution(null, (int) n, p);
        long lower = binomial.inverseCumulativeProbability(halfAlpha);
        long upper = binomial.inverseCumulativeProbability(1 - halfAlpha) + 1L;
        double coverage = binomial.cumulativeProbability((int) (upper - 1)) - binomial.cumulativeProbability((int) (lower - 1));
        return new OrderStatisticRanks(n, p, confidence, lower, upper, coverage);
    }

    public boolean lowerBounded() {
        return lowerRank >= 1;
    }

    public boolean upperBounded() {
        return upperRank <= n;
    }

    /**
     * P(X₍a₎ ≤ median ≤ X₍b₎) for n continuous values: P(a ≤ B ≤ b − 1), B ~ Binomial(n, 1/2)
     * (scipy: binom.cdf(b - 1, n, 0.5) - binom.cdf(a - 1, n, 0.5)).
     */
    public static double medianCoverage(int n, int a, int b) {
        if (a < 1 || b > n || a > b) {
            throw new IllegalArgumentException("ranks must satisfy 1 ≤ a ≤ b ≤ n: " + a + ", " + b + ", " + n);
        }
        BinomialDistribution binomial = new BinomialDistribution(null, n, 0.5);
        return binomial.cumulativeProbability(b - 1) - binomial.cumulativeProbability(a - 1);
    }
}
