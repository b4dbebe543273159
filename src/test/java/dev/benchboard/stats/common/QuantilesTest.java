package dev.benchboard.stats.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantilesTest {

    private static final double[] SORTED = {1.5, 2.0, 3.25, 7.0, 11.0, 12.5, 40.0};

    @Test
    void linearQuantilesMatchNumpyPercentileDefault() {
        // /usr/bin/python3 -c "import numpy as np; a=[1.5,2.0,3.25,7.0,11.0,12.5,40.0];
        //   print([repr(float(np.percentile(a,q))) for q in (2.5,25,50,90,97.5)])"
        // -> ['1.575', '2.625', '7.0', '23.50000000000001', '35.87499999999999']
        assertThat(Quantiles.linear(SORTED, 0.025)).isCloseTo(1.575, within(1e-12));
        assertThat(Quantiles.linear(SORTED, 0.25)).isCloseTo(2.625, within(1e-12));
        assertThat(Quantiles.linear(SORTED, 0.5)).isEqualTo(7.0);
        assertThat(Quantiles.linear(SORTED, 0.9)).isCloseTo(23.5, within(1e-12));
        assertThat(Quantiles.linear(SORTED, 0.975)).isCloseTo(35.875, within(1e-12));
        assertThat(Quantiles.linear(SORTED, 0.0)).isEqualTo(1.5);
        assertThat(Quantiles.linear(SORTED, 1.0)).isEqualTo(40.0);
    }

    @Test
    void medianAveragesTheMiddlePairForEvenCounts() {
        assertThat(Quantiles.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(Quantiles.median(new double[] {9.0, 1.0, 5.0})).isEqualTo(5.0);
        assertThatThrownBy(() -> Quantiles.median(new double[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
