package dev.benchboard.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.stats.common.Close;
import org.junit.jupiter.api.Test;

/**
 * Shift B − A and its interval against R 4.x, wilcox.test(B, A, conf.int = TRUE) (exact branch: no ties, n &lt; 50):
 * <pre>
 * Rscript -e 'options(digits=17); w <- wilcox.test(B, A, conf.int=TRUE); print(c(w$estimate, w$conf.int))'
 * Rscript -e 'qu <- max(1, qwilcox(0.025, nB, nA)); print(1 - 2*pwilcox(qu - 1, nB, nA), digits=17)'   # achieved level
 * </pre>
 */
class HodgesLehmannTest {

    @Test
    void fiveAgainstSix() {
        // -> estimate 1.4000000000000004, CI [0.30000000000000071, 2.5]; qwilcox(0.025,6,5)=4, achieved 0.96969696969696972
        HodgesLehmannShift shift = HodgesLehmann.shift(new double[] {10.2, 11.5, 9.8, 10.9, 10.4},
                new double[] {11.8, 12.4, 11.1, 12.9, 11.6, 12.2}, 0.95);
        Close.exact(shift.estimate(), 1.4000000000000004);
        Close.exact(shift.interval().lower(), 0.30000000000000071);
        Close.exact(shift.interval().upper(), 2.5);
        assertThat(shift.lowerRank()).isEqualTo(4);
        assertThat(shift.upperRank()).isEqualTo(27);
        Close.exact(shift.achievedConfidence(), 0.96969696969696972);
    }

    @Test
    void tenAgainstTen() {
        // -> estimate 0.96499999999999986, CI [0.37999999999999901, 1.4900000000000002]; qwilcox=24, achieved 0.95674294745502175
        HodgesLehmannShift shift = HodgesLehmann.shift(
                new double[] {12.31, 11.87, 12.95, 13.02, 12.44, 11.76, 12.68, 13.41, 12.12, 12.57},
                new double[] {13.12, 12.88, 13.75, 14.01, 12.69, 13.36, 13.98, 12.93, 14.22, 13.54}, 0.95);
        Close.exact(shift.estimate(), 0.96499999999999986);
        Close.exact(shift.interval().lower(), 0.37999999999999901);
        Close.exact(shift.interval().upper(), 1.4900000000000002);
        assertThat(shift.lowerRank()).isEqualTo(24);
        Close.exact(shift.achievedConfidence(), 0.95674294745502175);
        assertThat(shift.interval().confidenceLevel()).isEqualTo(shift.achievedConfidence());
    }

    @Test
    void threeAgainstThreeCannotReachNinetyFivePercent() {
        // B=c(4.4,5.1,6.3), A=c(1.2,2.5,3.9) -> estimate 2.5999999999999996, CI [0.50000000000000044, 5.0999999999999996],
        // conf.level 0.90000000000000002 (R warns "Requested conf.level not achievable"; qwilcox = 0 → 1)
        HodgesLehmannShift shift = HodgesLehmann.shift(new double[] {1.2, 2.5, 3.9}, new double[] {4.4, 5.1, 6.3}, 0.95);
        Close.exact(shift.estimate(), 2.5999999999999996);
        Close.exact(shift.interval().lower(), 0.50000000000000044);
        Close.exact(shift.interval().upper(), 5.0999999999999996);
        Close.exact(shift.achievedConfidence(), 0.9);
        assertThat(shift.method().english()).contains("only 90.0 % confidence is achievable");
    }

    @Test
    void fourAgainstFourWithOverlap() {
        // B=c(1.9,2.8,4.1,5.2), A=c(1.1,2.3,3.5,4.7) -> estimate 0.54999999999999982, CI [-2.8000000000000003, 4.0999999999999996]
        HodgesLehmannShift shift = HodgesLehmann.shift(new double[] {1.1, 2.3, 3.5, 4.7}, new double[] {1.9, 2.8, 4.1, 5.2}, 0.95);
        Close.exact(shift.estimate(), 0.54999999999999982);
        Close.exact(shift.interval().lower(), -2.8000000000000003);
        Close.exact(shift.interval().upper(), 4.0999999999999996);
        Close.exact(shift.achievedConfidence(), 0.97142857142857142);
    }

    @Test
    void normalApproximationRankIsWithinOneOfTheExactRankForLargeSamples() {
        // ≥ 50 runs on a side use k = ⌊mn/2 − z·√(mn(m + n + 1)/12)⌋; the exact rank for 60 + 60 is
        // R's qwilcox(0.025, 60, 60) = 1427; the approximation gives ⌊1800 − 1.96·190.53⌋ = 1426 (Rscript -e 'qwilcox(0.025, 60, 60)').
        double[] a = new double[60];
        double[] b = new double[60];
        for (int i = 0; i < 60; i++) {
            a[i] = i * 1.01;
            b[i] = 5 + i * 0.99;
        }
        HodgesLehmannShift shift = HodgesLehmann.shift(a, b, 0.95);
        assertThat(shift.lowerRank()).isEqualTo(1426);
        assertThat(MannWhitneyNull.of(60, 60).lowerQuantile(0.025)).isEqualTo(1427);
        assertThat(shift.method().english()).contains("normal approximation");
    }
}
