package dev.benchboard.stats.capacity;

import dev.benchboard.format.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.util.Pair;

/**
 * Fits the Universal Scalability Law by Levenberg–Marquardt.
 *
 * <p>σ, κ ≥ 0 by active sets rather than by clamping inside the optimiser (a clamped LM can stall on the
 * boundary away from the constrained optimum): the unconstrained fit is kept when σ and κ come out ≥ 0;
 * otherwise the fits with σ = 0, with κ = 0 and with both = 0 are made and the feasible one with the
 * least residual sum of squares is reported. A parameter held at 0 has no standard error.
 */
public final class UslFitter {

    public static final int MIN_POINTS = 6;

    static final Sentence METHOD = Sentence.of("capacity.method.usl");

    private static final int SIGMA = 1;
    private static final int KAPPA = 2;

    private UslFitter() {
    }

    /** A fit with some parameters held at 0. */
    private record Candidate(double[] params, boolean[] free, double rss) {
        boolean feasible() {
            return params[SIGMA] >= 0 && params[KAPPA] >= 0 && params[0] > 0;
        }
    }

    public static UslFit fit(List<SweepPoint> sweep) {
        List<Sentence> warnings = new ArrayList<>();
        List<SweepPoint> points = sweep.stream()
                .filter(p -> p.concurrency() > 0 && p.throughput() > 0
                        && Double.isFinite(p.concurrency()) && Double.isFinite(p.throughput()))
                .toList();
        if (points.size() < sweep.size()) {
            warnings.add(Sentence.of("capacity.usl.ignored-points", String.valueOf(sweep.size() - points.size())));
        }
        int n = points.size();
        if (n < MIN_POINTS) {
            warnings.add(Sentence.of("capacity.usl.too-few-points", String.valueOf(MIN_POINTS), String.valueOf(n)));
            return UslFit.notFitted(UslFit.Status.INSUFFICIENT_POINTS, n, METHOD, warnings);
        }
        double[] concurrency = points.stream().mapToDouble(SweepPoint::concurrency).toArray();
        double[] throughput = points.stream().mapToDouble(SweepPoint::throughput).toArray();
        if (Arrays.stream(concurrency).distinct().count() < 3) {
            warnings.add(Sentence.of("capacity.usl.too-few-levels"));
            return UslFit.notFitted(UslFit.Status.INSUFFICIENT_POINTS, n, METHOD, warnings);
        }
        double[] start = start(concurrency, throughput);

        Candidate best = fitWith(concurrency, throughput, start, new boolean[] {true, true, true});
        if (best == null || !best.feasible()) {
            best = null;
            for (boolean[] free : List.of(new boolean[] {true, true, false}, new boolean[] {true, false, true},
                    new boolean[] {true, false, false})) {
                Candidate c = fitWith(concurrency, throughput, start, free);
                if (c != null && c.feasible() && (best == null || c.rss() < best.rss())) best = c;
            }
        }
        if (best == null) {
            warnings.add(Sentence.of("capacity.usl.not-converged"));
            return UslFit.notFitted(UslFit.Status.NOT_CONVERGED, n, METHOD, warnings);
        }
        return result(best, concurrency, throughput, warnings);
    }

    /** λ0 from the best per-client throughput, then σ0, κ0 by least squares on the linearised model. */
    static double[] start(double[] concurrency, double[] throughput) {
        double lambda = 0;
        for (int i = 0; i < concurrency.length; i++) lambda = Math.max(lambda, throughput[i] / concurrency[i]);
        // y = σ·a + κ·b with y = Nλ/X − 1, a = N − 1, b = N(N − 1): 2×2 normal equations.
        double saa = 0, sab = 0, sbb = 0, sya = 0, syb = 0;
        for (int i = 0; i < concurrency.length; i++) {
            double nn = concurrency[i];
            double y = nn * lambda / throughput[i] - 1;
            double a = nn - 1;
            double b = nn * (nn - 1);
            saa += a * a;
            sab += a * b;
            sbb += b * b;
            sya += y * a;
            syb += y * b;
        }
        double det = saa * sbb - sab * sab;
        double sigma = det != 0 ? (sya * sbb - syb * sab) / det : 0;
        double kappa = det != 0 ? (syb * saa - sya * sab) / det : 0;
        return new double[] {lambda, Math.max(0, sigma), Math.max(0, kappa)};
    }

    private static Candidate fitWith(double[] concurrency, double[] throughput, double[] start, boolean[] free) {
        int p = freeCount(free);
        double[] initial = new double[p];
        for (int i = 0, k = 0; i < 3; i++) if (free[i]) initial[k++] = start[i];
        MultivariateJacobianFunction model = point -> {
            double[] full = expand(point.toArray(), free);
            double[] value = new double[concurrency.length];
            double[][] jacobian = new double[concurrency.length][];
            for (int i = 0; i < concurrency.length; i++) {
                value[i] = Usl.throughput(full[0], full[SIGMA], full[KAPPA], concurrency[i]);
                jacobian[i] = compress(Usl.gradient(full[0], full[SIGMA], full[KAPPA], concurrency[i]), free, p);
            }
            return new Pair<>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jacobian, false));
        };
        try {
            LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer()
                    .withCostRelativeTolerance(1e-14)
                    .withParameterRelativeTolerance(1e-14)
                    .withOrthoTolerance(1e-14)
                    .optimize(new LeastSquaresBuilder()
                            .start(initial)
                            .model(model)
                            .target(throughput)
                            .maxEvaluations(10_000)
                            .maxIterations(10_000)
                            .lazyEvaluation(false)
                            .build());
            double[] full = expand(optimum.getPoint().toArray(), free);
            double rss = rss(full, concurrency, throughput);
            return Double.isFinite(rss) ? new Candidate(full, free, rss) : null;
        } catch (RuntimeException e) {
            // Non-convergence or a step into an invalid region: this active set yields no candidate.
            return null;
        }
    }

    private static UslFit result(Candidate fit, double[] concurrency, double[] throughput, List<Sentence> warnings) {
        int n = concurrency.length;
        double[] q = fit.params();
        int p = freeCount(fit.free());
        double s2 = fit.rss() / (n - p);
        double[] se = standardErrors(q, fit.free(), p, concurrency, s2, warnings);
        double mean = 0;
        for (double x : throughput) mean += x / n;
        double tss = 0;
        for (double x : throughput) tss += (x - mean) * (x - mean);

        List<String> fixed = new ArrayList<>();
        if (!fit.free()[SIGMA]) fixed.add("sigma");
        if (!fit.free()[KAPPA]) fixed.add("kappa");
        if (!fixed.isEmpty()) {
            // fixedAtZero keeps the names ("sigma"); the sentence names them in the reader's words (σ in Chinese).
            warnings.add(Sentence.of("capacity.usl.held-at-zero",
                    fixed.stream().map(name -> Sentence.of("capacity.usl.param." + name)).toList()));
        }
        Double peakN = null;
        Double peakX = null;
        if (q[KAPPA] == 0) {
            warnings.add(Sentence.of(q[SIGMA] > 0 ? "capacity.usl.no-peak.sigma" : "capacity.usl.no-peak.infinity"));
        } else if (q[SIGMA] >= 1) {
            warnings.add(Sentence.of("capacity.usl.sigma-at-least-one"));
        } else {
            peakN = Math.sqrt((1 - q[SIGMA]) / q[KAPPA]);
            peakX = Usl.throughput(q[0], q[SIGMA], q[KAPPA], peakN);
            double maxN = Arrays.stream(concurrency).max().orElseThrow();
            if (peakN > maxN) {
                warnings.add(Sentence.of("capacity.usl.peak-beyond", String.valueOf(maxN)));
            }
        }
        return new UslFit(UslFit.Status.FITTED, n, q[0], q[SIGMA], q[KAPPA], orNull(se[0]), orNull(se[SIGMA]),
                orNull(se[KAPPA]),
                1 - fit.rss() / tss, Math.sqrt(s2), peakN, peakX, fixed, METHOD, warnings);
    }

    /** √diag(s²(JᵀJ)⁻¹) for the free parameters, with J the model's Jacobian at the optimum. */
    private static double[] standardErrors(double[] q, boolean[] free, int p, double[] concurrency, double s2,
                                           List<Sentence> warnings) {
        double[][] j = new double[concurrency.length][];
        for (int i = 0; i < concurrency.length; i++) {
            j[i] = compress(Usl.gradient(q[0], q[SIGMA], q[KAPPA], concurrency[i]), free, p);
        }
        RealMatrix jacobian = new Array2DRowRealMatrix(j, false);
        double[] se = new double[3];
        try {
            RealMatrix inverse = new QRDecomposition(jacobian.transpose().multiply(jacobian), 1e-300).getSolver()
                    .getInverse();
            for (int i = 0, k = 0; i < 3; i++) {
                if (free[i]) {
                    se[i] = Math.sqrt(s2 * inverse.getEntry(k, k));
                    k++;
                } else {
                    se[i] = Double.NaN;
                }
            }
        } catch (SingularMatrixException e) {
            warnings.add(Sentence.of("capacity.usl.singular"));
            Arrays.fill(se, Double.NaN);
        }
        return se;
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static double rss(double[] q, double[] concurrency, double[] throughput) {
        double sum = 0;
        for (int i = 0; i < concurrency.length; i++) {
            double r = throughput[i] - Usl.throughput(q[0], q[SIGMA], q[KAPPA], concurrency[i]);
            sum += r * r;
        }
        return sum;
    }

    private static int freeCount(boolean[] free) {
        int p = 0;
        for (boolean f : free) if (f) p++;
        return p;
    }

    private static double[] expand(double[] point, boolean[] free) {
        double[] full = new double[3];
        for (int i = 0, k = 0; i < 3; i++) full[i] = free[i] ? point[k++] : 0;
        return full;
    }

    private static double[] compress(double[] all, boolean[] free, int p) {
        double[] out = new double[p];
        for (int i = 0, k = 0; i < 3; i++) if (free[i]) out[k++] = all[i];
        return out;
    }
}
