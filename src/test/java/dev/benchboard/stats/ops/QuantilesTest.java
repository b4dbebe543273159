package dev.benchboard.stats.ops;

import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void type7MatchesNumpyLinear() {
        double[] values = {600, 30, 300, 60, 120};
        // /usr/bin/python3 -c "import numpy as np; print(np.quantile([30,60,120,300,600],[0.9,0.5,0.25,0,1]))" → 480 120 60 30 600
        Close.exact(Quantiles.type7(values, 0.9), 480);
        Close.exact(Quantiles.type7(values, 0.5), 120);
        Close.exact(Quantiles.type7(values, 0.25), 60);
        Close.exact(Quantiles.type7(values, 0.0), 30);
        Close.exact(Quantiles.type7(values, 1.0), 600);
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
