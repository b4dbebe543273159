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
 * Runs needed: fewest extra runs in total, most balanced split among those.
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
    })
    void minimumPAndRunsNeeded(int nA, int nB, double minimumP, boolean attainable, int moreA, int moreB) {
        Attainability a = Attainability.of(nA, nB, 0.05);
        assertThat(a.minimumPValue()).isCloseTo(minimumP, within(minimumP * 1e-9));
        assertThat(a.attainable()).isEqualTo(attainable);
        assertThat(a.additionalBaseline()).isEqualTo(moreA);
        assertThat(a.additionalCandidate()).isEqualTo(moreB);
        if (!attainable) {
            assertThat(Attainability.minimumTwoSidedP(nA + moreA, nB + moreB)).isLessThan(0.05);
            assertThat(a.explanation()).contains("no verdict possible").contains((nA + moreA) + " + " + (nB + moreB));
        }
    }
}
