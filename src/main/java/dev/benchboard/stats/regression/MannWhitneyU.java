package dev.benchboard.stats.regression;

import dev.benchboard.format.Sentence;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Two-sided Mann-Whitney U test with scipy.stats.mannwhitneyu's {@code method='auto'} semantics
 * (scipy 1.10): the exact null distribution when at least one sample has at most 8 values and
 * there are no ties; otherwise the normal approximation with the tie-corrected variance and a
 * continuity correction of 0.5. In both cases U = max(U_A, U_B) and p = 2·P(U' ≥ U), capped at 1.
 */
public final class MannWhitneyU {

    static final int EXACT_MAX_SMALLER_SAMPLE = 8;

    private static final NaturalRanking MIDRANKS = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);

    private MannWhitneyU() {
    }

    public static MannWhitneyResult test(double[] baseline, double[] candidate) {
        int n1 = baseline.length;
        int n2 = candidate.length;
        if (n1 < 1 || n2 < 1) {
            throw new IllegalArgumentException("both samples need at least one value");
        }
        double[] pooled = new double[n1 + n2];
        System.arraycopy(baseline, 0, pooled, 0, n1);
        System.arraycopy(candidate, 0, pooled, n1, n2);
        double[] ranks = MIDRANKS.rank(pooled);
        double rankSumBaseline = 0;
        for (int i = 0; i < n1; i++) {
            rankSumBaseline += ranks[i];
        }
        double u1 = rankSumBaseline - n1 * (n1 + 1) / 2.0;
        double u2 = (double) n1 * n2 - u1;
        double u = Math.max(u1, u2);
        double tieTerm = tieTerm(ranks);
        boolean ties = tieTerm > 0;

        boolean exact = (n1 <= EXACT_MAX_SMALLER_SAMPLE || n2 <= EXACT_MAX_SMALLER_SAMPLE) && !ties;
        if (exact) {
            double p = Math.min(1.0, 2 * MannWhitneyNull.of(n1, n2).sf((int) u));
            return new MannWhitneyResult(u1, p, true, false, Double.NaN, n1, n2,
                    Sentence.of("regression.mann-whitney.exact"));
        }
        double n = n1 + n2;
        double mu = n1 * (double) n2 / 2.0;
        double sigma = Math.sqrt(n1 * (double) n2 / 12.0 * ((n + 1) - tieTerm / (n * (n - 1))));
        double z = (u - mu - 0.5) / sigma;
        double p = Math.min(1.0, 2 * upperTail(z));
        return new MannWhitneyResult(u1, p, false, ties, z, n1, n2,
                Sentence.of("regression.mann-whitney.normal",
                        Sentence.of(ties ? "regression.mann-whitney.ties" : "regression.mann-whitney.large-samples")));
    }

    /** Σ (t³ − t) over groups of tied ranks. */
    private static double tieTerm(double[] ranks) {
        double[] sorted = ranks.clone();
        java.util.Arrays.sort(sorted);
        double term = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
                j++;
            }
            double t = j - i + 1;
            term += t * t * t - t;
            i = j + 1;
        }
        return term;
    }

    /** P(Z ≥ z) for a standard normal, via erfc to keep relative precision in the far tail. */
    static double upperTail(double z) {
        if (Double.isNaN(z)) {
            // All values tied: no evidence either way.
            return 0.5;
        }
        return 0.5 * Erf.erfc(z / Math.sqrt(2.0));
    }
}
