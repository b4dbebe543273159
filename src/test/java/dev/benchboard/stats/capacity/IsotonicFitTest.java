package dev.benchboard.stats.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchboard.stats.common.Close;
import org.junit.jupiter.api.Test;

/**
 * Pool-adjacent-violators against scikit-learn (Debian's python3-sklearn 1.2.1), on the P99 columns of the real
 * sweeps in fixtures/sweep (wrk 4.1.0, see the README there):
 * <pre>
 * /usr/bin/python3 -c "
 * from sklearn.isotonic import IsotonicRegression; import numpy as np
 * N=np.array([1,2,4,8,16,32,64,128,256.])
 * gin=np.array([0.199,0.287,1.30,0.796,1.39,2.22,4.67,9.33,16.97])
 * fh=np.array([0.100,0.098,0.217,3.55,4.17,4.10,2.85,5.19,9.15])
 * for y in (gin,fh): print(repr(IsotonicRegression(increasing=True).fit_transform(N,y).tolist()))
 * w=np.array([1,1,1,3,1,1,1,1,1.])
 * print(repr(IsotonicRegression(increasing=True).fit_transform(N,gin,sample_weight=w).tolist()))"
 * </pre>
 */
class IsotonicFitTest {

    private static final double[] GIN = {0.199, 0.287, 1.30, 0.796, 1.39, 2.22, 4.67, 9.33, 16.97};
    private static final double[] FASTHTTP = {0.100, 0.098, 0.217, 3.55, 4.17, 4.10, 2.85, 5.19, 9.15};
    private static final double[] ONES = {1, 1, 1, 1, 1, 1, 1, 1, 1};

    @Test
    void ginSweepAgreesWithSklearn() {
        // → [0.199, 0.287, 1.048, 1.048, 1.39, 2.22, 4.67, 9.33, 16.97]
        assertAll(IsotonicFit.fit(GIN, ONES), 0.199, 0.287, 1.048, 1.048, 1.39, 2.22, 4.67, 9.33, 16.97);
    }

    @Test
    void fasthttpSweepPoolsBackwardsOverThreePointsLikeSklearn() {
        // → [0.099, 0.099, 0.217, 3.55, 3.7066666666666666 ×3, 5.19, 9.15]: 2.85 at N 64 pulls 4.17 and 4.10 down
        assertAll(IsotonicFit.fit(FASTHTTP, ONES), 0.099, 0.099, 0.217, 3.55, 3.7066666666666666,
                3.7066666666666666, 3.7066666666666666, 5.19, 9.15);
    }

    @Test
    void weightsPullThePooledValueTowardsTheRepeatedLevel() {
        // N 8 stands for three runs: (1.30 + 3·0.796)/4 → [0.199, 0.287, 0.9219999999999999 ×2, 1.39, …]
        double[] weights = ONES.clone();
        weights[3] = 3;
        assertAll(IsotonicFit.fit(GIN, weights), 0.199, 0.287, 0.9219999999999999, 0.9219999999999999, 1.39, 2.22,
                4.67, 9.33, 16.97);
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> IsotonicFit.fit(new double[] {1, 2}, new double[] {1})).hasMessageContaining("length");
        assertThatThrownBy(() -> IsotonicFit.fit(new double[] {1, 2}, new double[] {1, 0})).hasMessageContaining("weight > 0");
        assertThat(IsotonicFit.fit(new double[0], new double[0])).isEmpty();
    }

    private static void assertAll(double[] actual, double... expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) Close.relative(actual[i], expected[i], 1e-12);
    }
}
