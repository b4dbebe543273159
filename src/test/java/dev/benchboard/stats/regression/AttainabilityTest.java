package dev.benchboard.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The smallest two-sided p is the exact p of complete separation; against scipy 1.10.1:
 * <pre>
 * /usr/bin/python3 -c "from scipy.stats import mannwhitneyu as m
 * print(m([1,2,3],[4,5,6]).pvalue, m([1,2,3,4],[5,6,7,8]).pvalue, m([1,2,3],[4,5,6,7]).pvalue,
 *       m([1,2,3],[4,5,6,7,8]).pvalue, m([1,2],[3,4,5,6,7,8,9]).pvalue, m([1,2],[3,4,5,6,7,8,9,10]).pvalue, m([1,2],[3,4]).pvalue)"
 * -> 0.1 0.02857142857142857 0.05714285714285714 0.03571428571428571 0.05555555555555555 0.044444444444444446 0.3333333333333333
 * </pre>
 * Runs needed: the smallest n per side (each side brought up to at least n, never below 2) at which
 * m × 2/C(nA + nB, nA) &lt; α, m = the rows Holm adjusts over. With m rows, against scipy's exact test:
 * <pre>
 * /usr/bin/python3 -c "from scipy.stats import mannwhitneyu as m
 * print(m([1,2,3,4,5],[6,7,8,9,10],method='exact').pvalue, m([1,2,3,4,5],[6,7,8,9],method='exact').pvalue,
 *       m(list(range(6)),list(range(6,12)),method='exact').pvalue)"
 * -> 0.007936507936507936 0.015873015873015872 0.0021645021645021645
 * </pre>
 * so with m = 3: 4 + 4 gives 0.0857 (not enough), 5 + 5 gives 0.0238; with m = 7: 5 + 5 gives 0.0556, 6 + 6 0.0152.
 */
class AttainabilityTest {

    @ParameterizedTest(name = "{0}+{1}")
    @CsvSource({
            "3, 3, 0.1, false, 1, 1",
            "4, 4, 0.02857142857142857, true, 0, 0",
            "3, 4, 0.05714285714285714, false, 1, 0",
            "3, 5, 0.03571428571428571, true, 0, 0",
            "2, 7, 0.05555555555555555, false, 1, 0",
            "2, 8, 0.044444444444444446, true, 0, 0",
            "2, 2, 0.3333333333333333, false, 2, 2",
            "1, 1, 1.0, false, 3, 3",
            "0, 5, 1.0, false, 3, 0",
            "1, 40, 0.04878048780487805, false, 1, 0",
    })
    void minimumPAndRunsNeeded(int nA, int nB, double minimumP, boolean attainable, int moreA, int moreB) {
        Attainability a = Attainability.of(nA, nB, 0.05);
        assertThat(a.minimumPValue()).isCloseTo(minimumP, within(minimumP * 1e-9));
        assertThat(a.attainable()).isEqualTo(attainable);
        assertThat(a.additionalBaseline()).isEqualTo(moreA);
        assertThat(a.additionalCandidate()).isEqualTo(moreB);
        if (!attainable) {
            assertThat(Attainability.minimumTwoSidedP(nA + moreA, nB + moreB)).isLessThan(0.05);
            assertThat(a.explanation().english()).contains("no verdict possible").contains((nA + moreA) + " + " + (nB + moreB));
        }
    }

    @ParameterizedTest(name = "{0}+{1}, {2} rows")
    @CsvSource({
            "4, 4, 3, 0.08571428571428572, false, 1, 1, needs 1 more run a side (5 + 5) with 3 rows under Holm",
            "5, 5, 3, 0.023809523809523808, true, 0, 0, ''",
            "5, 4, 3, 0.047619047619047616, true, 0, 0, ''",
            "1, 1, 3, 1.0, false, 4, 4, needs 4 more runs a side (5 + 5) with 3 rows under Holm",
            "5, 5, 7, 0.05555555555555555, false, 1, 1, needs 1 more run a side (6 + 6) with 7 rows under Holm",
            "2, 7, 1, 0.05555555555555555, false, 1, 0, needs 1 more baseline run (3 + 7)",
    })
    void theRowsOfTheComparisonMultiplyTheSmallestP(int nA, int nB, int rows, double adjusted, boolean attainable, int moreA,
                                                   int moreB, String advice) {
        Attainability a = Attainability.of(nA, nB, 0.05, rows);
        assertThat(a.minimumAdjustedP()).isCloseTo(adjusted, within(adjusted * 1e-9));
        assertThat(a.attainable()).isEqualTo(attainable);
        assertThat(a.additionalBaseline()).isEqualTo(moreA);
        assertThat(a.additionalCandidate()).isEqualTo(moreB);
        assertThat(a.advice() == null ? "" : a.advice().english()).isEqualTo(advice);
    }
}
