package dev.benchboard.stats.regression;

import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.Interval;
import dev.benchboard.stats.common.Quantiles;
import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Hodges–Lehmann shift between two samples with the order-statistic interval of
 * R's {@code wilcox.test(candidate, baseline, conf.int = TRUE)} (exact branch): k = qwilcox(α/2, nB, nA),
 * raised to 1 when it is 0, and the interval [D₍k₎, D₍nA·nB − k + 1₎] of the sorted differences.
 *
 * <p>Where R differs: with ties, or with 50 or more runs on a side, R switches to a normal
 * approximation solved numerically (uniroot). Here the ranks still come from the exact no-ties
 * distribution while both samples are below 50 (with ties the coverage is then approximate, as the
 * method text says), and from the normal approximation k = ⌊nA·nB/2 − z·√(nA·nB(nA + nB + 1)/12)⌋
 * above that. The estimate is always the median of the differences.
 */
public final class HodgesLehmann {

    static final int EXACT_BELOW = 50;

    private HodgesLehmann() {
    }

    public static HodgesLehmannShift shift(double[] baseline, double[] candidate, double confidence) {
        int nA = baseline.length;
        int nB = candidate.length;
        if (nA < 1 || nB < 1) {
            throw new IllegalArgumentException("both samples need at least one value");
        }
        int pairs = nA * nB;
        double[] differences = new double[pairs];
        int index = 0;
        for (double b : candidate) {
            for (double a : baseline) {
                differences[index++] = b - a;
            }
        }
        Arrays.sort(differences);
        double estimate = Quantiles.medianOfSorted(differences);
        double alpha = 1 - confidence;

        boolean exact = nA < EXACT_BELOW && nB < EXACT_BELOW;
        int k;
        double achievedAlpha;
        if (exact) {
            MannWhitneyNull distribution = MannWhitneyNull.of(nB, nA);
            k = Math.max(1, distribution.lowerQuantile(alpha / 2));
            achievedAlpha = 2 * distribution.cdf(k - 1);
        } else {
            double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - alpha / 2);
            double sd = Math.sqrt(pairs * (nA + nB + 1) / 12.0);
            k = Math.max(1, (int) Math.floor(pairs / 2.0 - z * sd));
            achievedAlpha = 2 * new NormalDistribution(null, 0, 1).cumulativeProbability((k - 1 + 0.5 - pairs / 2.0) / sd);
        }
        boolean ties = hasTies(baseline, candidate);
        int upper = pairs - k + 1;
        double achieved = 1 - achievedAlpha;
        Sentence method = Sentence.of("regression.hodges-lehmann", String.valueOf(pairs), String.valueOf(k), String.valueOf(upper),
                Sentence.of(exact ? "regression.hodges-lehmann.exact" : "regression.hodges-lehmann.normal"));
        if (ties && exact) {
            method = Sentence.of("joined.semicolon", method, Sentence.of("regression.hodges-lehmann.ties"));
        }
        if (achieved < confidence - 1e-12) {
            method = Sentence.of("joined.semicolon", method, Sentence.of("regression.hodges-lehmann.achievable",
                    String.format(java.util.Locale.ROOT, "%.1f", 100 * achieved), String.valueOf(nA), String.valueOf(nB)));
        }
        return new HodgesLehmannShift(estimate, new Interval(differences[k - 1], differences[upper - 1], achieved, method),
                k, upper, pairs, confidence, achieved, method);
    }

    private static boolean hasTies(double[] baseline, double[] candidate) {
        double[] pooled = new double[baseline.length + candidate.length];
        System.arraycopy(baseline, 0, pooled, 0, baseline.length);
        System.arraycopy(candidate, 0, pooled, baseline.length, candidate.length);
        Arrays.sort(pooled);
        for (int i = 1; i < pooled.length; i++) {
            if (pooled[i] == pooled[i - 1]) {
                return true;
            }
        }
        return false;
    }
}
