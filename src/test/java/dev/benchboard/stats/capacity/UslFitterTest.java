package dev.benchboard.stats.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.stats.common.Close;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference: scipy.optimize.curve_fit with the analytic Jacobian and tight tolerances, e.g.
 * <pre>
 * /usr/bin/python3 -c "
 * import numpy as np; from scipy.optimize import curve_fit
 * usl=lambda N,l,s,k: l*N/(1+s*(N-1)+k*N*(N-1))
 * def jac(N,l,s,k): d=1+s*(N-1)+k*N*(N-1); c=-l*N*(N-1)/d**2; return np.column_stack([N/d,c,c*N])
 * N=np.array([1,2,4,8,16,32,64,128,192,256.])
 * X=np.array([959.5,1816.7,3552.8,6195.2,10397.5,15310.7,18547.2,20059.4,18761.4,17794.2])
 * p,c=curve_fit(usl,N,X,p0=[959.5,0.01,1e-5],jac=jac,method='lm',ftol=1e-15,xtol=1e-15,gtol=1e-15)
 * print(p, np.sqrt(np.diag(c)))"
 * </pre>
 * The bounded fit (bounds=([0,0,0],[inf]*3), method trf) gives the same optimum to ~2e-9 relative: the
 * minimum is flat (RSS equal to 1e-15 relative over that spread). An iterative fit is compared at 1e-6
 * relative for parameters and standard errors, which is acceptable for it; R² agrees to 1e-9.
 */
class UslFitterTest {

    @Test
    void fitMatchesScipyCurveFitIncludingStandardErrors() {
        UslFit fit = UslFitter.fit(Sweeps.realistic());

        assertThat(fit.status()).isEqualTo(UslFit.Status.FITTED);
        assertThat(fit.n()).isEqualTo(10);
        assertThat(fit.fixedAtZero()).isEmpty();
        // → p = [969.3594731281478, 0.031678842153949234, 7.553978223399555e-05]
        Close.relative(fit.lambda(), 969.3594731281478, 1e-6);
        Close.relative(fit.sigma(), 0.031678842153949234, 1e-6);
        Close.relative(fit.kappa(), 7.553978223399555e-05, 1e-6);
        // → SE = √diag(pcov) = [22.000094745453513, 0.0014473639950050294, 3.240678407129061e-06]
        Close.relative(fit.lambdaSe(), 22.000094745453513, 1e-6);
        Close.relative(fit.sigmaSe(), 0.0014473639950050294, 1e-6);
        Close.relative(fit.kappaSe(), 3.240678407129061e-06, 1e-6);
        // R² = 1 − RSS/TSS → 0.9995746452599248; s = √(RSS/7) → 178.93613194237062
        Close.exact(fit.rSquared(), 0.9995746452599248);
        Close.relative(fit.residualStandardError(), 178.93613194237062, 1e-9);
        // N* = √((1−σ)/κ) → 113.21966000999188, X(N*) → 19901.246911292936
        Close.relative(fit.peakConcurrency(), 113.21966000999188, 1e-6);
        Close.relative(fit.peakThroughput(), 19901.246911292936, 1e-9);
        Close.relative(fit.predict(64), 969.3594731281478 * 64
                / (1 + 0.031678842153949234 * 63 + 7.553978223399555e-05 * 64 * 63), 1e-7);
    }

    @Test
    void negativeKappaIsHeldAtZeroLikeABoundedFit() {
        // Amdahl-like data bending upwards at the end: unconstrained κ = −1.8785e-05 (curve_fit method='lm').
        double[] n = {1, 2, 4, 8, 16, 32, 64, 128};
        double[] x = {1000.0, 1923.8, 3443.5, 5925.9, 9188.6, 12486.3, 15575.9, 17937.4};
        List<SweepPoint> sweep = new java.util.ArrayList<>();
        for (int i = 0; i < n.length; i++) sweep.add(new SweepPoint(n[i], x[i], null));
        UslFit fit = UslFitter.fit(sweep);

        // curve_fit(..., bounds=([0,0,0],[inf]*3)) → [974.5464567065479, 0.047286752798487035, 6.0e-31];
        // the κ = 0 two-parameter fit (method='lm') → [974.546456699449, 0.04728675279799426],
        //   SE [13.613210667303873, 0.0009174307637508827]
        assertThat(fit.fixedAtZero()).containsExactly("kappa");
        assertThat(fit.kappa()).isZero();
        assertThat(fit.kappaSe()).isNull();
        Close.relative(fit.lambda(), 974.546456699449, 1e-6);
        Close.relative(fit.sigma(), 0.04728675279799426, 1e-6);
        Close.relative(fit.lambdaSe(), 13.613210667303873, 1e-6);
        Close.relative(fit.sigmaSe(), 0.0009174307637508827, 1e-6);
        assertThat(fit.peakConcurrency()).isNull();
        assertThat(fit.warnings()).anyMatch(w -> w.english().contains("no throughput peak"));
    }

    @Test
    void fewerThanSixPointsIsInsufficient() {
        UslFit fit = UslFitter.fit(Sweeps.realistic().subList(0, 5));
        assertThat(fit.status()).isEqualTo(UslFit.Status.INSUFFICIENT_POINTS);
        assertThat(fit.n()).isEqualTo(5);
        assertThat(fit.lambda()).isNull();
        assertThat(dev.benchboard.format.Sentence.in(fit.warnings(), java.util.Locale.ENGLISH)).containsExactly(
                "insufficient points: the USL fit needs at least 6 sweep points, got 5");
    }

    @Test
    void fitIsFast() {
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) UslFitter.fit(Sweeps.realistic());
        // 100 fits well under a second: cheap enough to run per report request.
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(1.0);
    }
}
