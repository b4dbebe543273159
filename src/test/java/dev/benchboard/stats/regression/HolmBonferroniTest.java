package dev.benchboard.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Against R 4.x:
 * <pre>
 * Rscript -e 'options(digits=17); print(p.adjust(c(0.01,0.04,0.03,0.005,0.2), method="holm"));
 *   print(p.adjust(c(0.02,0.02,0.5), method="holm")); print(p.adjust(c(0.3,0.6,0.9,0.45), method="holm"))'
 * -> 0.04 0.09 0.09 0.025 0.2 | 0.06 0.06 0.5 | 1 1 1 1
 * </pre>
 */
class HolmBonferroniTest {

    @Test
    void matchesRPAdjustHolm() {
        assertArray(HolmBonferroni.adjust(new double[] {0.01, 0.04, 0.03, 0.005, 0.2}),
                0.040000000000000001, 0.089999999999999997, 0.089999999999999997, 0.025000000000000001, 0.200000000000000011);
        assertArray(HolmBonferroni.adjust(new double[] {0.02, 0.02, 0.5}), 0.06, 0.06, 0.5);
        assertArray(HolmBonferroni.adjust(new double[] {0.3, 0.6, 0.9, 0.45}), 1, 1, 1, 1);
        assertThat(HolmBonferroni.adjust(new double[0])).isEmpty();
    }

    private static void assertArray(double[] actual, double... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("index %d", i).isCloseTo(expected[i], within(expected[i] * 1e-9));
        }
    }
}
