package dev.benchboard.stats.regression;

import dev.benchboard.format.Figures;
import dev.benchboard.format.Sentence;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * Whether a comparison row can reach a verdict at all with nA and nB runs, and if not, how many
 * more runs would make it possible.
 *
 * <p>The smallest two-sided p of the exact Mann-Whitney test comes from complete separation of the
 * samples: 2 / C(nA + nB, nA). With Holm–Bonferroni over the m rows of one comparison, the smallest
 * adjusted p any row can get is m times the smallest raw p (the first step of Holm multiplies the
 * smallest p by m, and every later adjusted p is at least that). So a verdict is reachable only when
 * m · 2 / C(nA + nB, nA) &lt; α. At α = 0.05: 4 + 4 runs for one row (2/70 ≈ 0.029), but with
 * m = 3 rows 3 · 0.0286 = 0.086 is not enough, and 5 + 5 (3 · 2/252 = 0.024) is.
 *
 * <p>Runs needed: the smallest n per side at which that bound drops below α, each side brought up to
 * at least n (a side that already has more keeps its runs; never fewer than 2 a side) — balanced designs are the ones a team
 * plans, and they give the test the most power for the runs spent.
 *
 * @param nBaseline           runs of A
 * @param nCandidate          runs of B
 * @param alpha               the significance level
 * @param rows                m, the rows of the comparison Holm adjusts over (≥ 1)
 * @param minimumPValue       2 / C(nA + nB, nA), capped at 1 (exact two-sided Mann-Whitney, complete separation)
 * @param minimumAdjustedP    min(1, m · minimumPValue), the smallest Holm-adjusted p reachable
 * @param attainable          minimumAdjustedP &lt; alpha
 * @param additionalBaseline  more runs of A needed (0 when attainable)
 * @param additionalCandidate more runs of B needed (0 when attainable)
 * @param explanation         in words
 */
public record Attainability(
        int nBaseline,
        int nCandidate,
        double alpha,
        int rows,
        double minimumPValue,
        double minimumAdjustedP,
        boolean attainable,
        int additionalBaseline,
        int additionalCandidate,
        Sentence explanation) {

    private static final int MAX_RUNS_PER_SIDE = 10_000;
    static final int MIN_RUNS = 2;

    /** One row on its own (no multiplicity correction). */
    public static Attainability of(int nBaseline, int nCandidate, double alpha) {
        return of(nBaseline, nCandidate, alpha, 1);
    }

    public static Attainability of(int nBaseline, int nCandidate, double alpha, int rows) {
        if (nBaseline < 0 || nCandidate < 0) {
            throw new IllegalArgumentException("run counts must be ≥ 0");
        }
        if (rows < 1) {
            throw new IllegalArgumentException("a comparison has at least one row: " + rows);
        }
        double minimum = minimumTwoSidedP(nBaseline, nCandidate);
        double adjusted = Math.min(1.0, rows * minimum);
        Sentence bound = rows == 1
                ? Sentence.of("regression.attainability.smallest-p", Figures.pValue(minimum))
                : Sentence.of("regression.attainability.smallest-p-holm", Figures.pValue(minimum), String.valueOf(rows),
                        Figures.pValue(adjusted));
        // A rank test needs at least 2 runs a side (one run says nothing about run-to-run variation).
        if (adjusted < alpha && nBaseline >= MIN_RUNS && nCandidate >= MIN_RUNS) {
            return new Attainability(nBaseline, nCandidate, alpha, rows, minimum, adjusted, true, 0, 0,
                    Sentence.of("regression.attainability.reachable", String.valueOf(nBaseline), String.valueOf(nCandidate), bound,
                            String.valueOf(alpha)));
        }
        for (int perSide = MIN_RUNS; perSide <= MAX_RUNS_PER_SIDE; perSide++) {
            int newA = Math.max(nBaseline, perSide);
            int newB = Math.max(nCandidate, perSide);
            if (rows * minimumTwoSidedP(newA, newB) < alpha) {
                int addA = newA - nBaseline;
                int addB = newB - nCandidate;
                return new Attainability(nBaseline, nCandidate, alpha, rows, minimum, adjusted, false, addA, addB,
                        Sentence.of("regression.attainability.unreachable", String.valueOf(nBaseline), String.valueOf(nCandidate),
                                bound, String.valueOf(alpha), advice(addA, addB, newA, newB, rows)));
            }
        }
        throw new IllegalArgumentException("α = " + alpha + " is not attainable with " + rows + " rows within "
                + MAX_RUNS_PER_SIDE + " runs a side");
    }

    /** "1 more run a side", "2 more baseline runs", "1 more baseline and 3 more candidate runs". */
    static Sentence needs(int addA, int addB) {
        if (addA == addB) return Sentence.counted("regression.needs.a-side", addA, String.valueOf(addA));
        if (addB == 0) return Sentence.counted("regression.needs.baseline", addA, String.valueOf(addA));
        if (addA == 0) return Sentence.counted("regression.needs.candidate", addB, String.valueOf(addB));
        return Sentence.counted("regression.needs.both", addB, String.valueOf(addA), String.valueOf(addB));
    }

    /** "needs 1 more run a side (5 + 5) with 3 rows under Holm". */
    private static Sentence advice(int addA, int addB, int newA, int newB, int rows) {
        return rows == 1
                ? Sentence.of("regression.attainability.needs", needs(addA, addB), String.valueOf(newA), String.valueOf(newB))
                : Sentence.of("regression.attainability.needs-holm", needs(addA, addB), String.valueOf(newA), String.valueOf(newB),
                        String.valueOf(rows));
    }

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

    /** The advice in a few words, e.g. "needs 1 more run a side (5 + 5) with 3 rows under Holm"; null when attainable. */
    public Sentence advice() {
        if (attainable) return null;
        return advice(additionalBaseline, additionalCandidate, nBaseline + additionalBaseline, nCandidate + additionalCandidate, rows);
    }
}
