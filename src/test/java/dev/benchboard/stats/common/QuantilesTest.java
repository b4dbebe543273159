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
    void type7SortsACopyAndMatchesNumpyLinear() {
        double[] values = {600, 30, 300, 60, 120};
        // /usr/bin/python3 -c "import numpy as np; print(np.quantile([30,60,120,300,600],[0.9,0.5,0.25,0,1]))" → 480 120 60 30 600
        Close.exact(Quantiles.type7(values, 0.9), 480);
        Close.exact(Quantiles.type7(values, 0.5), 120);
        Close.exact(Quantiles.type7(values, 0.25), 60);
        Close.exact(Quantiles.type7(values, 0.0), 30);
        Close.exact(Quantiles.type7(values, 1.0), 600);
        assertThat(values).containsExactly(600, 30, 300, 60, 120);
    }

    @Test
    void medianAveragesTheMiddlePairForEvenCounts() {
        assertThat(Quantiles.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(Quantiles.median(new double[] {9.0, 1.0, 5.0})).isEqualTo(5.0);
        assertThatThrownBy(() -> Quantiles.median(new double[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void distributionQuantilesAreAccurateToTheLastDigits() {
        // /usr/bin/python3 -c "from scipy.stats import chi2; print(repr(chi2.ppf(0.975,12)), repr(chi2.ppf(0.025,10)))"
        //   → 23.33666415864534 3.2469727802368413 (R qchisq agrees to 17 digits)
        Close.relative(Quantiles.chiSquared(0.975, 12), 23.33666415864534, 1e-13);
        Close.relative(Quantiles.chiSquared(0.025, 10), 3.2469727802368413, 1e-13);
        // Rscript -e 'print(qt(0.975,58),digits=17)' → 2.0017174841452356 (mpmath: 2.00171748414523611…).
        // Debian scipy 1.10.1 t.ppf(0.975,58) gives 2.0017174830120923, 5.7e-10 off: R is the reference for t.
        Close.relative(Quantiles.studentT(0.975, 58), 2.0017174841452356, 1e-13);
    }
}
