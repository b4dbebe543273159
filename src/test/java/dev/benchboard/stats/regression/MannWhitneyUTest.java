package dev.benchboard.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.stats.common.Close;
import org.junit.jupiter.api.Test;

/**
 * p-values against scipy 1.10.1, scipy.stats.mannwhitneyu(a, b, alternative='two-sided', method='auto'):
 * <pre>
 * /usr/bin/python3 -c "
 * from scipy.stats import mannwhitneyu
 * print(mannwhitneyu(A, B, alternative='two-sided', method='auto'))"   # with A, B as in each test
 * </pre>
 * Agreement 1e-9 relative.
 */
class MannWhitneyUTest {

    private static final double[] TEN_A = {12.31, 11.87, 12.95, 13.02, 12.44, 11.76, 12.68, 13.41, 12.12, 12.57};
    private static final double[] TEN_B = {13.12, 12.88, 13.75, 14.01, 12.69, 13.36, 13.98, 12.93, 14.22, 13.54};

    @Test
    void exactWhenSmallWithoutTies() {
        // -> statistic=1.0, pvalue=0.008658008658008658
        MannWhitneyResult r = MannWhitneyU.test(new double[] {10.2, 11.5, 9.8, 10.9, 10.4},
                new double[] {11.8, 12.4, 11.1, 12.9, 11.6, 12.2});
        assertThat(r.exact()).isTrue();
        assertThat(r.uBaseline()).isEqualTo(1.0);
        Close.exact(r.pValue(), 0.008658008658008658);
    }

    @Test
    void exactWithOverlap() {
        // A=[1.1,2.3,3.5,4.7], B=[1.9,2.8,4.1,5.2] -> statistic=6.0, pvalue=0.6857142857142857
        MannWhitneyResult r = MannWhitneyU.test(new double[] {1.1, 2.3, 3.5, 4.7}, new double[] {1.9, 2.8, 4.1, 5.2});
        assertThat(r.exact()).isTrue();
        assertThat(r.uBaseline()).isEqualTo(6.0);
        Close.exact(r.pValue(), 0.6857142857142857);
    }

    @Test
    void exactWhenOnlyOneSampleIsSmall() {
        // A=[3.1,4.7,2.2], B=[1.5,5.5,6.1,7.3,8.8,9.4,10.6,11.2,12.9,13.3,14.8,15.2]
        // -> statistic=3.0, pvalue=0.03076923076923077
        MannWhitneyResult r = MannWhitneyU.test(new double[] {3.1, 4.7, 2.2},
                new double[] {1.5, 5.5, 6.1, 7.3, 8.8, 9.4, 10.6, 11.2, 12.9, 13.3, 14.8, 15.2});
        assertThat(r.exact()).isTrue();
        Close.exact(r.pValue(), 0.03076923076923077);
    }

    @Test
    void normalApproximationWithTieAndContinuityCorrection() {
        // A=[5,6,6,7,8,8,9], B=[7,8,9,9,10,11,12] -> statistic=6.5, pvalue=0.023755990612387985
        MannWhitneyResult r = MannWhitneyU.test(new double[] {5, 6, 6, 7, 8, 8, 9}, new double[] {7, 8, 9, 9, 10, 11, 12});
        assertThat(r.exact()).isFalse();
        assertThat(r.ties()).isTrue();
        assertThat(r.uBaseline()).isEqualTo(6.5);
        Close.exact(r.pValue(), 0.023755990612387985);
    }

    @Test
    void normalApproximationWhenBothSamplesExceedEight() {
        // TEN_A, TEN_B -> statistic=11.0, pvalue=0.0036105143123296027
        MannWhitneyResult r = MannWhitneyU.test(TEN_A, TEN_B);
        assertThat(r.exact()).isFalse();
        assertThat(r.ties()).isFalse();
        assertThat(r.uBaseline()).isEqualTo(11.0);
        Close.exact(r.pValue(), 0.0036105143123296027);
        // symmetric in the two-sided p
        Close.exact(MannWhitneyU.test(TEN_B, TEN_A).pValue(), 0.0036105143123296027);
    }

    @Test
    void allValuesTiedGiveOne() {
        // A=[3.0,3.0], B=[3.0,3.0] -> statistic=2.0, pvalue=1.0
        MannWhitneyResult r = MannWhitneyU.test(new double[] {3, 3}, new double[] {3, 3});
        assertThat(r.pValue()).isEqualTo(1.0);
    }

    @Test
    void exactNullDistributionMatchesCompleteSeparationCounts() {
        // P(U = 0) = 1 / C(m + n, m): scipy mannwhitneyu([1,2,3,4],[5,6,7,8]).pvalue = 0.02857142857142857 = 2/70
        Close.exact(MannWhitneyU.test(new double[] {1, 2, 3, 4}, new double[] {5, 6, 7, 8}).pValue(), 0.02857142857142857);
        Close.exact(MannWhitneyNull.of(4, 4).cdf(0), 1.0 / 70);
        assertThat(MannWhitneyNull.of(7, 3).cdf(21)).isEqualTo(1.0);
    }
}
