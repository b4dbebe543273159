package dev.benchboard.stats.gc;

import dev.benchboard.format.Sentence;

/**
 * Least-squares slope of y on x with a Newey–West (HAC) standard error: successive GC cycles see
 * nearly the same live heap, so the residuals are autocorrelated and the plain OLS standard error is
 * too small. Bartlett kernel, weights 1 − l/(L + 1) for lags l = 1..L, lag rule
 * L = floor(4 (n/100)^(2/9)) (Newey and West 1994), no small-sample correction — the same as
 * statsmodels' {@code sm.OLS(y, sm.add_constant(x)).fit(cov_type='HAC', cov_kwds={'maxlags': L})}.
 *
 * @param slope        OLS slope
 * @param intercept    OLS intercept
 * @param olsStdError  the ordinary (iid) standard error of the slope, for comparison
 * @param hacStdError  the Newey–West standard error of the slope
 * @param lags         L
 */
public record NeweyWest(int n, double slope, double intercept, double rSquared, double olsStdError,
                        double hacStdError, int lags) {

    public static final Sentence METHOD = Sentence.of("gc.method.newey-west");

    public static int lagRule(int n) {
        return (int) Math.floor(4 * Math.pow(n / 100.0, 2.0 / 9.0));
    }

    public static NeweyWest fit(double[] x, double[] y) {
        int n = x.length;
        if (n < 3 || y.length != n) throw new IllegalArgumentException("need ≥ 3 (x, y) pairs");
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        double[] d = new double[n];              // centred x: the slope's column, orthogonal to the constant
        for (int i = 0; i < n; i++) {
            d[i] = x[i] - mx;
            sxx += d[i] * d[i];
            sxy += d[i] * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx == 0) throw new IllegalArgumentException("all x equal: no slope");
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double[] u = new double[n];               // the slope's score terms d_i·e_i
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double e = y[i] - intercept - slope * x[i];
            sse += e * e;
            u[i] = d[i] * e;
        }
        int lags = lagRule(n);
        // With x centred, (X'X)⁻¹ is diagonal, so the slope's HAC variance is S/sxx² with S the
        // Bartlett-weighted long-run variance of d·e.
        double s = 0;
        for (int i = 0; i < n; i++) s += u[i] * u[i];
        for (int l = 1; l <= lags; l++) {
            double w = 1 - l / (lags + 1.0);
            double c = 0;
            for (int i = l; i < n; i++) c += u[i] * u[i - l];
            s += 2 * w * c;
        }
        double hac = Math.sqrt(Math.max(s, 0)) / sxx;
        double ols = Math.sqrt(sse / (n - 2) / sxx);
        double r2 = syy == 0 ? 0 : 1 - sse / syy;
        return new NeweyWest(n, slope, intercept, r2, ols, hac, lags);
    }
}
