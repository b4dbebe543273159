package dev.benchboard.stats.regression;

import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * Whether a two-sided rank test on nA and nB runs can reach p &lt; α at all, and if not, how many
 * more runs would make it possible. The smallest two-sided exact p of the Mann-Whitney test comes
 * from complete separation of the samples: 2 / C(nA + nB, nA). At α = 0.05 that needs 4 runs per
 * side (2/70 ≈ 0.029; 3 + 3 gives 0.1, 3 + 4 gives 0.057), or unbalanced designs like 3 + 5.
 *
 * @param nBaseline           runs of A
 * @param nCandidate          runs of B
 * @param alpha               the significance level
 * @param minimumPValue       2 / C(nA + nB, nA), capped at 1
 * @param attainable          minimumPValue &lt; alpha
 * @param additionalBaseline  more runs of A needed (0 when attainable)
 * @param additionalCandidate more runs of B needed (0 when attainable)
 * @param explanation         in words
 */
public record Attainability(
        int nBaseline,
        int nCandidate,
        double alpha,
        double minimumPValue,
        boolean attainable,
        int additionalBaseline,
        int additionalCandidate,
        String explanation) {

    public static Attainability of(int nBaseline, int nCandidate, double alpha) {
        if (nBaseline < 0 || nCandidate < 0) {
            throw new IllegalArgumentException("run counts must be ≥ 0");
        }
        double minimum = minimumTwoSidedP(nBaseline, nCandidate);
        if (minimum < alpha) {
            return new Attainability(nBaseline, nCandidate, alpha, minimum, true, 0, 0,
                    String.format(java.util.Locale.ROOT, "with %d + %d runs the smallest possible two-sided p is %.4g < α = %s",
                            nBaseline, nCandidate, minimum, alpha));
        }
        // Fewest extra runs in total; among those, the most balanced split (extra runs of the
        // smaller side first), because balanced designs also give the test the most power.
        for (int extra = 1; extra <= MAX_EXTRA_RUNS; extra++) {
            int bestA = -1;
            int bestImbalance = Integer.MAX_VALUE;
            for (int a = 0; a <= extra; a++) {
                int newA = nBaseline + a;
                int newB = nCandidate + extra - a;
                if (minimumTwoSidedP(newA, newB) < alpha) {
                    int imbalance = Math.abs(newA - newB);
                    if (imbalance < bestImbalance || (imbalance == bestImbalance && newA < newB)) {
                        bestA = a;
                        bestImbalance = imbalance;
                    }
                }
            }
            if (bestA >= 0) {
                int addA = bestA;
                int addB = extra - bestA;
                return new Attainability(nBaseline, nCandidate, alpha, minimum, false, addA, addB,
                        String.format(java.util.Locale.ROOT,
                                "with %d + %d runs even complete separation gives p = %.4g ≥ α = %s: "
                                        + "no verdict possible; %d more baseline and %d more candidate run(s) "
                                        + "(%d + %d) make p < α attainable",
                                nBaseline, nCandidate, minimum, alpha, addA, addB, nBaseline + addA, nCandidate + addB));
            }
        }
        throw new IllegalArgumentException("α = " + alpha + " is not attainable within " + MAX_EXTRA_RUNS + " more runs");
    }

    private static final int MAX_EXTRA_RUNS = 10_000;

    /** 2 / C(nA + nB, nA), the two-sided exact p of complete separation; 1 when a side is empty. */
    public static double minimumTwoSidedP(int nBaseline, int nCandidate) {
        if (nBaseline == 0 || nCandidate == 0) {
            return 1.0;
        }
        return Math.min(1.0, 2.0 / CombinatoricsUtils.binomialCoefficientDouble(nBaseline + nCandidate, nBaseline));
    }

    public int runsNeeded() {
        return additionalBaseline + additionalCandidate;
    }
}
