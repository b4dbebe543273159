package dev.benchboard.stats.capacity;

import dev.benchboard.format.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Throughput one instance sustains with P99 ≤ SLO, read off the sweep (not off the USL model).
 *
 * <p>P99 is noisy from point to point (one stalled run lifts it far above its neighbours), so the SLO is not
 * compared with the raw points but with a fit of P99 that is monotone non-decreasing in concurrency: weighted
 * isotonic regression ({@link IsotonicFit}, weights = runs per level). Where the fit first exceeds the SLO, the
 * throughput at P99 = SLO is interpolated linearly (in the fitted P99) between that point and the one before;
 * the capacity is that value, or the highest throughput among the points whose fit meets the SLO when that is
 * larger (past the throughput peak, more load brings no more throughput). Nothing is extrapolated: when the
 * fit meets the SLO everywhere the result is a lower bound, when it meets it nowhere there is no figure, and
 * both are flagged. Points the fit disagrees with are listed, and those whose own P99 lies on the other side
 * of the SLO than the fit are named in a warning.
 *
 * @param status              how the figure was obtained
 * @param capacityQps         requests/s per instance; null when BELOW_MEASURED_RANGE or NO_P99
 * @param extrapolationNeeded the true capacity lies outside the measured range
 * @param lower               the point before the crossing (null unless INTERPOLATED / MEASURED)
 * @param upper               the first point whose fit exceeds the SLO (null unless INTERPOLATED / MEASURED)
 * @param fit                 every point with a P99, in concurrency order, with the fit at it
 */
public record SloCapacity(Status status, double p99SloMs, Double capacityQps, boolean extrapolationNeeded,
                          FitPoint lower, FitPoint upper, List<FitPoint> fit, Sentence method, List<Sentence> warnings) {

    public enum Status {
        /** Interpolated on the fit between the two points that bracket the SLO. */
        INTERPOLATED,
        /** A point whose fit meets the SLO measured more throughput than the interpolated figure (past the peak). */
        MEASURED,
        /** The fit meets the SLO at every point: capacity is at least the highest throughput measured. */
        SLO_NOT_REACHED,
        /** Even at the lightest point the fit misses the SLO: the capacity is below the measured range. */
        BELOW_MEASURED_RANGE,
        /** No sweep point carries a P99. */
        NO_P99
    }

    static final Sentence METHOD = Sentence.of("capacity.method.slo");

    /** Relative difference under which a measurement counts as agreeing with the fit (float noise of the means). */
    private static final double AGREEMENT = 1e-9;

    public SloCapacity {
        fit = List.copyOf(fit);
        warnings = List.copyOf(warnings);
    }

    public static SloCapacity estimate(List<SweepPoint> sweep, double p99SloMs) {
        if (!(p99SloMs > 0)) throw new IllegalArgumentException("P99 SLO must be > 0 ms");
        List<Sentence> warnings = new ArrayList<>();
        List<SweepPoint> points = sweep.stream().filter(p -> p.p99Ms() != null)
                .sorted(Comparator.comparingDouble(SweepPoint::concurrency)).toList();
        if (points.isEmpty()) {
            warnings.add(Sentence.of("capacity.slo.no-p99"));
            return new SloCapacity(Status.NO_P99, p99SloMs, null, false, null, null, List.of(), METHOD, warnings);
        }
        List<FitPoint> fit = fit(points, p99SloMs);
        disagreements(fit, p99SloMs, warnings);
        int crossing = -1;
        for (int i = 0; i < fit.size() && crossing < 0; i++) {
            if (fit.get(i).fittedP99Ms() > p99SloMs) crossing = i;
        }
        if (crossing == 0) {
            FitPoint first = fit.getFirst();
            warnings.add(Sentence.of("capacity.slo.below-range", plain(first.concurrency()), plain(first.fittedP99Ms())));
            return new SloCapacity(Status.BELOW_MEASURED_RANGE, p99SloMs, null, true, null, null, fit, METHOD, warnings);
        }
        double highestMeeting = fit.subList(0, crossing < 0 ? fit.size() : crossing).stream()
                .mapToDouble(FitPoint::throughput).max().orElseThrow();
        if (crossing < 0) {
            warnings.add(Sentence.of("capacity.slo.not-reached", plain(highestMeeting)));
            return new SloCapacity(Status.SLO_NOT_REACHED, p99SloMs, highestMeeting, true, null, null, fit, METHOD,
                    warnings);
        }
        FitPoint a = fit.get(crossing - 1);
        FitPoint b = fit.get(crossing);
        double interpolated = a.throughput() + (p99SloMs - a.fittedP99Ms()) * (b.throughput() - a.throughput())
                / (b.fittedP99Ms() - a.fittedP99Ms());
        Status status = highestMeeting > interpolated ? Status.MEASURED : Status.INTERPOLATED;
        return new SloCapacity(status, p99SloMs, Math.max(highestMeeting, interpolated), false, a, b, fit, METHOD,
                warnings);
    }

    private static List<FitPoint> fit(List<SweepPoint> points, double slo) {
        double[] measured = points.stream().mapToDouble(SweepPoint::p99Ms).toArray();
        double[] weights = points.stream().mapToDouble(SweepPoint::runs).toArray();
        double[] fitted = IsotonicFit.fit(measured, weights);
        List<FitPoint> fit = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            SweepPoint p = points.get(i);
            boolean disagrees = Math.abs(measured[i] - fitted[i]) > AGREEMENT * Math.max(Math.abs(measured[i]), Math.abs(fitted[i]));
            boolean acrossSlo = (measured[i] > slo) != (fitted[i] > slo);
            fit.add(new FitPoint(p.concurrency(), p.throughput(), measured[i], fitted[i], p.runs(), disagrees, acrossSlo));
        }
        return fit;
    }

    private static void disagreements(List<FitPoint> fit, double slo, List<Sentence> warnings) {
        // Listed with commas only ("N = 1 (…), N = 2 (…)"), as the report has always written them, not as prose "and".
        Sentence disagreeing = Sentence.joined("joined.comma", fit.stream().filter(FitPoint::disagrees)
                .map(p -> Sentence.of("capacity.slo.pooled-point", plain(p.concurrency()), plain(p.measuredP99Ms()),
                        plain(p.fittedP99Ms())))
                .toList());
        if (disagreeing == null) return;
        warnings.add(Sentence.of("capacity.slo.not-monotone", disagreeing));
        for (FitPoint p : fit) {
            if (!p.acrossSlo()) continue;
            warnings.add(Sentence.of("capacity.slo.across", plain(p.concurrency()), plain(p.measuredP99Ms()),
                    Sentence.of(p.measuredP99Ms() > slo ? "capacity.slo.over-the-slo" : "capacity.slo.within-the-slo",
                            plain(slo)),
                    plain(p.fittedP99Ms()),
                    Sentence.of(p.fittedP99Ms() > slo ? "capacity.slo.over-it" : "capacity.slo.within-it")));
        }
    }

    /** 7 significant digits, no trailing zeros: "N = 8", "1.048 ms" (not 1.0479999999999998), "91708.84 req/s". */
    static String plain(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(7)).stripTrailingZeros().toPlainString();
    }
}
